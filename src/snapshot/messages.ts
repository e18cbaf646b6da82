import { createTwoFilesPatch } from 'diff';
import type { FileStatus } from './status.js';

/** JSON patches can run to thousands of lines; the Markdown diff says what matters. */
const MAX_JSON_PATCH_LINES = 40;

/** The command users run to accept the current output, both spellings. */
export const ACCEPT_HINT = 'Run `reportdiff snapshot -u` (or `npm run cli -- snapshot -u`) to accept.';

/** A unified diff of one snapshot file, old content → new, named by its path under the snapshots folder. */
export function snapshotPatch(path: string, before: string, after: string, maxLines = Infinity): string {
  const sep = path.startsWith('/') ? '' : '/';
  const lines = createTwoFilesPatch(`a${sep}${path}`, `b${sep}${path}`, before, after, 'snapshot', 'seeds now', { context: 3 })
    .split('\n')
    .filter((l) => !/^={10,}$/.test(l) && l !== '\\ No newline at end of file');
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines) shown.push(`… and ${lines.length - maxLines} more lines`);
  return `${shown.join('\n').replace(/\n*$/, '')}\n`;
}

/**
 * What `--check` prints for one file that is not up to date ('' for one that
 * is). `summaryChanged`: the comparison's summary differs too, so the JSON
 * patch (mostly shifted offsets) would only bury it.
 */
export function checkMessage(s: FileStatus, outDir: string, summaryChanged = false): string {
  const path = `${outDir}/${s.file}`;
  switch (s.status) {
    case 'same':
      return '';
    case 'changed':
      if (s.file.endsWith('.json') && summaryChanged) return `✗ ${path} differs too (the full diff).\n`;
      return `✗ ${path} differs from what the seeds give now:\n${snapshotPatch(path, s.before, s.after, s.file.endsWith('.json') ? MAX_JSON_PATCH_LINES : Infinity)}`;
    case 'missing':
      return s.file.endsWith('.md')
        ? `+ ${path} is missing: a new comparison. Its summary:\n\n${s.after}\n`
        : `+ ${path} is missing.\n`;
    case 'obsolete':
      return `- ${path} is obsolete: the manifest no longer implies its comparison (\`-u\` deletes it).\n`;
  }
}

/** Everything `--check` prints about the files, in order. */
export function checkReport(statuses: FileStatus[], outDir: string): string {
  const changedSummaries = new Set(statuses.filter((s) => s.status === 'changed' && s.file.endsWith('.md')).map((s) => s.file));
  return statuses.map((s) => checkMessage(s, outDir, changedSummaries.has(s.file.replace(/\.json$/, '.md')))).join('');
}

/** One line per file that `--update` touched ('' for one left alone). */
export function updateMessage(s: FileStatus, outDir: string): string {
  const path = `${outDir}/${s.file}`;
  const verb = { same: '', changed: 'updated', missing: 'added', obsolete: 'deleted' }[s.status];
  return verb ? `${verb} ${path}\n` : '';
}

/** The closing line of a run: counts per status. */
export function tally(statuses: FileStatus[]): Record<FileStatus['status'], number> {
  const t = { same: 0, changed: 0, missing: 0, obsolete: 0 };
  for (const s of statuses) t[s.status]++;
  return t;
}
