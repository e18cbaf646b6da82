import type { QuotedFigure, Summary } from '../../summary/index.js';
import { escapeMarkdown } from './escape.js';
import type { Hunk } from './hunks.js';
import { renderSummaryWith, type SummaryStyle } from './layout.js';

/** A figure with its context, the figure in bold: `…国内生产总值超过**126万亿元**`. */
function figure(f: QuotedFigure): string {
  return `${f.cutBefore ? '…' : ''}${escapeMarkdown(f.before)}**${escapeMarkdown(f.figure)}**${escapeMarkdown(f.after)}${f.cutAfter ? '…' : ''}`;
}

/** `<del>`/`<ins>` render as strike-through and underline on GitHub; the text inside is escaped. */
function hunks(hs: Hunk[]): string {
  return hs
    .map((h) => {
      if ('equal' in h) return escapeMarkdown(h.equal);
      const del = h.deleted ? `<del>${escapeMarkdown(h.deleted)}</del>` : '';
      const ins = h.inserted ? `<ins>${escapeMarkdown(h.inserted)}</ins>` : '';
      return del + ins;
    })
    .join('');
}

function table(head: string[], rows: string[][], right: boolean[]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(right.map((r) => (r ? '---:' : '---'))), ...rows.map(line)];
}

const markdownStyle: SummaryStyle = {
  title: (a, b) => `## ${escapeMarkdown(a)} → ${escapeMarkdown(b)}`,
  heading: (t) => `### ${t}`,
  subheading: (t) => `#### ${t}`,
  quote: escapeMarkdown,
  hunks,
  figure,
  em: (t) => `*${t}*`,
  table,
  bullet: (t) => `- ${t}`,
};

/** The summary as GitHub-flavoured Markdown (for PR comments and `$GITHUB_STEP_SUMMARY`). */
export function renderSummaryMarkdown(summary: Summary): string {
  return renderSummaryWith(summary, markdownStyle);
}
