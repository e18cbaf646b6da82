import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = fileURLToPath(new URL('../../dist/bin/reportdiff.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds it first) from the project root. */
export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    input: opts.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
