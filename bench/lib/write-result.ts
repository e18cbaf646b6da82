import { dirname } from 'node:path';
import { writeFileAtomicSync } from '../../src/fs/atomic-write-sync.js';
import { makeDirSync } from '../../src/fs/make-dir.js';

/** Writes a benchmark's JSON result the way the CLI writes its files: whole or not at all (an interrupted run leaves the last result). */
export function writeResult(path: string, data: unknown): void {
  makeDirSync(dirname(path));
  writeFileAtomicSync(path, `${JSON.stringify(data, null, 1)}\n`);
}
