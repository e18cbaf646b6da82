import type { ReportDiff } from '../../report.js';

/**
 * The JSON format, version 2 (documented in the README): top-level fields
 * one per line and each section pair and change on a line of its own, so
 * the output stays valid JSON, small, and diffs line by line in snapshots.
 */
export function renderJson(diff: ReportDiff): string {
  const lines = Object.entries(diff).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (Array.isArray(value) && value.length) {
      return `  ${name}: [\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
    }
    return `  ${name}: ${JSON.stringify(value)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
