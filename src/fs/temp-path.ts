import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The temporary name a write goes to first; dot-prefixed so globs for `*.md` skip it. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
