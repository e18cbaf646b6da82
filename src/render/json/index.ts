import type { ReportDiff } from '../../report.js';

/**
 * The JSON format, version 1 (documented in the README). Keys keep a fixed
 * order so that snapshots and CI artefacts diff cleanly.
 */
export function renderJson(diff: ReportDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
