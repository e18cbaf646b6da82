import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { makeDirSync } from '../fs/make-dir.js';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { SNAPSHOT_FILE } from './status.js';

/** The snapshot files in a folder, file name → content (empty when the folder does not exist yet). */
export function readSnapshots(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (SNAPSHOT_FILE.test(f) && !f.startsWith('.')) out.set(f, readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

/** Writes one snapshot file atomically, creating the folder on first use. */
export async function writeSnapshot(dir: string, file: string, content: string): Promise<void> {
  try {
    makeDirSync(dir);
  } catch (err) {
    throw new InputError(dir, `cannot create the snapshot folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'no-folder');
  }
  await writeFileAtomic(join(dir, file), content);
}

/** Deletes a snapshot file whose comparison the manifest no longer implies. */
export async function removeSnapshot(dir: string, file: string): Promise<void> {
  await unlink(join(dir, file));
}
