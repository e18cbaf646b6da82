// Writes dist/bin/cli.cache: V8's code for the bundled CLI as a comparison
// leaves it (src/cli/load-bundle.ts), by running one `diff` of two bundled
// seeds that saves it on exit. Run by `npm run build` after the bundle.
// Without the file the CLI compiles its bundle as it runs, as it did
// before, so a failure here costs speed, not results: it warns and leaves
// no file.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAVE_CODE_CACHE_ENV } from '../dist/cli/load-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bin', 'cli.cache');
rmSync(out, { force: true });
const seed = (name) => join(root, 'seeds', `${name}.txt`);
const run = spawnSync(process.execPath, [join(root, 'dist', 'bin', 'reportdiff.js'), 'diff', seed('gov-work-report-2023'), seed('gov-work-report-2024'), '--format', 'json'], {
  env: { ...process.env, [SAVE_CODE_CACHE_ENV]: '1', REPORTDIFF_CACHE: 'off' },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (run.status !== 0) {
  rmSync(out, { force: true });
  process.stderr.write(`build-code-cache: no code cache, the CLI will compile as it runs: ${run.error?.message ?? run.stderr.trim().split('\n').pop()}\n`);
}
