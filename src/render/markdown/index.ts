import type { ReportDiff } from '../../report.js';
import { buildSummary, type SummaryOptions } from '../../summary/index.js';
import { renderSummaryMarkdown } from './summary-markdown.js';

export { renderSummaryMarkdown } from './summary-markdown.js';
export { renderSummaryText } from './summary-text.js';
export { escapeMarkdown } from './escape.js';

/** A diff as the Markdown summary; `limit: 0` lists every change instead of capping each list. */
export function renderMarkdown(diff: ReportDiff, opts: SummaryOptions = {}): string {
  return renderSummaryMarkdown(buildSummary(diff, opts));
}
