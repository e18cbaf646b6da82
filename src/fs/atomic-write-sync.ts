import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tempPathFor } from './temp-path.js';

/**
 * writeFileAtomic for a cache written between two steps of a comparison:
 * synchronous, and in a module of its own so that the comparison does not
 * load `node:fs/promises` (see src/fs/callback-fs.ts). It does not flush
 * to disk first: a crash may lose a cache file, never leave half of one.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was written.
    }
    throw err;
  }
}
