import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p` that gives up: Node's `{ recursive: true }` retries forever
 * where a parent cannot hold folders (`/proc/x/y`: ENOENT at every level),
 * which hung a run whose cache or snapshot folder pointed there. Creates
 * each missing level in turn and throws the first failure.
 */
export function makeDirSync(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); ) {
    missing.push(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      // Made meanwhile by another run: fine.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
