/** How one snapshot file on disk stands against what the seeds produce now. */
export type FileStatus =
  | { file: string; status: 'same' }
  | { file: string; status: 'changed'; before: string; after: string }
  | { file: string; status: 'missing'; after: string }
  | { file: string; status: 'obsolete' };

/** Snapshot files are named `<stem>--<stem>.md|json`; other files in the folder (a README) are not ours. */
export const SNAPSHOT_FILE = /--.*\.(md|json)$/;

/**
 * Compares expected snapshot files with those on disk (`existing`: file name
 * → content). Expected files come first in their order, obsolete ones after,
 * sorted, so the report reads the same on every run.
 */
export function snapshotStatus(expected: Array<{ file: string; content: string }>, existing: Map<string, string>): FileStatus[] {
  const out: FileStatus[] = [];
  for (const { file, content } of expected) {
    const before = existing.get(file);
    if (before === undefined) out.push({ file, status: 'missing', after: content });
    else if (before === content) out.push({ file, status: 'same' });
    else out.push({ file, status: 'changed', before, after: content });
  }
  const wanted = new Set(expected.map((e) => e.file));
  const obsolete = [...existing.keys()].filter((f) => SNAPSHOT_FILE.test(f) && !wanted.has(f)).sort();
  for (const file of obsolete) out.push({ file, status: 'obsolete' });
  return out;
}
