import { open, rename, unlink } from 'node:fs/promises';
import { tempPathFor } from './temp-path.js';

/**
 * Replaces the file at `path` with `data` all at once: writes a temporary
 * file in the same folder (same file system, so rename is atomic), flushes it
 * to disk, then renames it over the target. A crash midway leaves the old
 * file as it was; readers never see half a snapshot.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(path);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
