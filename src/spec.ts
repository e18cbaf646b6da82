import { statSync } from 'node:fs';
import { InputError } from './errors.js';

/**
 * A CLI spec split into its file and part: `FILE#review` → { file: 'FILE',
 * part: 'review' }. A file whose own name holds a `#` (`h#ash.txt`) is that
 * file, not a part: only when no such file exists is the suffix an unknown
 * part, and reported as one.
 */
export function parseSpec(spec: string): { file: string; part: 'all' | 'review' | 'plan' } {
  const m = /^(.*)#(review|plan)$/.exec(spec);
  if (m) return { file: m[1], part: m[2] as 'review' | 'plan' };
  if (/#[^/\\]*$/.test(spec) && !spec.endsWith('#') && !isFile(spec)) {
    const part = spec.slice(spec.lastIndexOf('#') + 1);
    throw new InputError(spec, `unknown part "#${part}" (use #review or #plan)`, 'bad-spec');
  }
  return { file: spec, part: 'all' };
}

/** Only asked when a suffix is no part: the one place a spec looks at the disk. */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false; // unreadable folder, bad name: the suffix is then reported as the unknown part it looks like
  }
}
