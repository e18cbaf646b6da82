import { join } from 'node:path';
import { compareReports, loadReport, type CompareOptions } from '../pipeline.js';
import type { Report } from '../report.js';
import { renderJson } from '../render/json/index.js';
import { renderMarkdown } from '../render/markdown/index.js';
import type { PlannedComparison } from '../seeds/manifest.js';

/** The files one comparison owns in the snapshots folder, by file name. */
export interface SnapshotFiles {
  name: string;
  /** `<name>.md` → summary Markdown, `<name>.json` → the full diff. */
  files: Array<{ file: string; content: string }>;
}

/**
 * Loads each spec once, however many comparisons use it (a report is in up
 * to five), named by its seed file: the same Report object each time, so the
 * pipeline tokenises it once too.
 */
export function reportCache(seedsDir: string, opts: CompareOptions): (spec: string) => Promise<Report> {
  const cache = new Map<string, Promise<Report>>();
  return (spec) => {
    let p = cache.get(spec);
    if (!p) {
      p = loadReport(join(seedsDir, spec), opts).then((r) => withSeedName(r, spec));
      cache.set(spec, p);
    }
    return p;
  };
}

/**
 * The report named by its file relative to the seeds folder (the part goes
 * to `selection`), so the snapshot, its diagnostics included, reads the same
 * wherever the repository is checked out.
 */
function withSeedName(report: Report, spec: string): Report {
  return { ...report, name: spec.replace(/#(review|plan)$/, '') };
}

/** Computes one planned comparison and renders its snapshot files. */
export async function computeSnapshot(
  cmp: PlannedComparison,
  load: (spec: string) => Promise<Report>,
  opts: CompareOptions & { limit?: number } = {},
): Promise<SnapshotFiles> {
  const diff = compareReports(await load(cmp.old), await load(cmp.new), opts);
  return {
    name: cmp.name,
    files: [
      { file: `${cmp.name}.md`, content: renderMarkdown(diff, { limit: opts.limit }) },
      { file: `${cmp.name}.json`, content: renderJson(diff) },
    ],
  };
}
