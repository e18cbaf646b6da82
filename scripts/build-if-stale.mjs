// `npm start` and `npm run cli` build first only when the build is older than
// what it is built from: the whole build takes ≈6 s (tsc, the bundles, the
// dictionary index, the code cache), which every `npm start` paid before its
// terminal UI could open in ≈1 s. `npm install` builds (prepare), so a
// newcomer's first `npm start` does not build again; an edit under src/ or
// scripts/, or a new lockfile, makes the next one build.
// Usage: node scripts/build-if-stale.mjs          build if stale
//        node scripts/build-if-stale.mjs --stamp  (the build's last step) mark the build done
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads, relative to the project root. */
export const INPUTS = ['src', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** Written as the build's last step: its time is the build's. */
export const STAMP = join('dist', '.built');

/** The newest modification time (ms) among the files under `path`, or of the file itself; 0 when there is none. */
function newest(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let most = 0;
  for (const name of readdirSync(path)) most = Math.max(most, newest(join(path, name)));
  return most;
}

/** True when there is no finished build under `root`, or an input changed after it. */
export function isStale(root) {
  let built;
  try {
    built = statSync(join(root, STAMP)).mtimeMs;
  } catch {
    return true;
  }
  return INPUTS.some((p) => newest(join(root, p)) > built);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  if (process.argv.includes('--stamp')) {
    writeFileSync(join(root, STAMP), '');
  } else if (isStale(root)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exit(run.status ?? 2);
  }
}
