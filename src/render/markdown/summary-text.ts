import stringWidth from 'string-width';
import type { QuotedFigure, Summary } from '../../summary/index.js';
import { makeStyle, type Style } from '../text/style.js';
import type { Hunk } from './hunks.js';
import { renderSummaryWith, type SummaryStyle } from './layout.js';

const pad = (s: string, width: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(s)));
  return right ? fill + s : s + fill;
};

/** Columns padded by display width, so CJK cells (two columns each) line up. */
function table(head: string[], rows: string[][], right: boolean[]): string[] {
  const widths = head.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i]))));
  return [head, ...rows].map((cells) => `  ${cells.map((c, i) => pad(c, widths[i], right[i])).join('  ').trimEnd()}`);
}

function textStyle(st: Style): SummaryStyle {
  return {
    title: (a, b) => `${st.bold(`--- ${a}`)}\n${st.bold(`+++ ${b}`)}`,
    heading: (t) => st.bold(t),
    // Without colour a bold line is a plain one: the mark tells a part's subheading from the list's heading above it.
    subheading: (t) => st.bold(`▸ ${t}`),
    quote: (t) => t.replace(/\s*\n\s*/g, ' '),
    hunks: (hs: Hunk[]) =>
      hs.map((h) => ('equal' in h ? h.equal : (h.deleted ? st.del(h.deleted) : '') + (h.inserted ? st.ins(h.inserted) : ''))).join(''),
    figure: (f: QuotedFigure) => `${f.cutBefore ? '…' : ''}${f.before}${st.bold(f.figure)}${f.after}${f.cutAfter ? '…' : ''}`,
    em: (t) => st.dim(t),
    table,
    bullet: (t) => `  • ${t}`,
  };
}

/** The summary for a terminal: wdiff markers (`[-…-]{+…+}`) without colour, ANSI styles with it. */
export function renderSummaryText(summary: Summary, opts: { color: boolean }): string {
  return renderSummaryWith(summary, textStyle(makeStyle(opts.color)));
}
