import stringWidth from 'string-width';
import { intlSegments, safePieces } from '../segment/intl-chunks.js';

/**
 * Terminal display width, in columns, of plain text. CJK characters and
 * full-width punctuation (，。“”（）) take two columns; counting `.length`
 * would overflow panes by half their width on Chinese text.
 */
export function displayWidth(text: string): number {
  // string-width segments its whole input with ICU, which is slow past a few thousand characters (see intlSegments).
  let w = 0;
  for (const piece of safePieces(text)) w += stringWidth(piece);
  return w;
}

/** Splits text into user-perceived characters so a cut never halves one. */
function graphemes(text: string): string[] {
  return intlSegments(segmenter, text);
}
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text cut to at most `width` columns; when cut, it ends in `…` (one column).
 * A two-column character that would straddle the limit is dropped whole.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = displayWidth(g);
    if (used + w > width - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}

/** Text padded with spaces on the right to exactly `width` columns (truncated first if longer). */
export function padEnd(text: string, width: number): string {
  const t = truncate(text, width);
  return t + ' '.repeat(Math.max(0, width - displayWidth(t)));
}

/** A run of text that keeps one style while it is wrapped. */
export interface Span<S = unknown> {
  text: string;
  style: S;
}

/**
 * Styled runs broken into lines of at most `width` columns. Chinese has no
 * spaces to break at, so lines break between any two characters; a
 * two-column character never straddles the edge. Newlines in the text
 * start a new line.
 */
export function wrapSpans<S>(spans: Span<S>[], width: number): Span<S>[][] {
  const w = Math.max(2, width);
  const lines: Span<S>[][] = [[]];
  let used = 0;
  const push = (g: string, style: S) => {
    const line = lines[lines.length - 1];
    const last = line[line.length - 1];
    if (last && last.style === style) last.text += g;
    else line.push({ text: g, style });
  };
  for (const span of spans) {
    for (const g of graphemes(span.text)) {
      if (g === '\n') {
        lines.push([]);
        used = 0;
        continue;
      }
      const gw = displayWidth(g);
      if (used + gw > w) {
        // A space at the break ends the line instead of opening the next one ( matches).
        if (g === ' ') {
          lines.push([]);
          used = 0;
          continue;
        }
        const carry = NO_LINE_START.test(g) ? popLast(lines[lines.length - 1]) : LATIN.test(g) ? popWord(lines[lines.length - 1], w) : null;
        lines.push([]);
        used = 0;
        if (carry) {
          push(carry.text, carry.style);
          used += displayWidth(carry.text);
        }
      }
      push(g, span.style);
      used += gw;
    }
  }
  return lines;
}

/**
 * Punctuation that must not open a line (Chinese line-breaking rules,
 * 禁则): a line of the 2025 report wrapped at 30 columns otherwise starts
 * with a lone `，`. The character before it moves down with it.
 */
const NO_LINE_START = /^[，。、；：！？）》」』”’…·—%,.;:!?)\]]$/u;

/** Removes and returns the last character of a line (with its style), unless it is the only one. */
function popLast<S>(line: Span<S>[]): Span<S> | null {
  const last = line[line.length - 1];
  if (!last) return null;
  const gs = graphemes(last.text);
  if (line.length === 1 && gs.length <= 1) return null;
  const g = gs.pop()!;
  last.text = gs.join('');
  if (!last.text) line.pop();
  return { text: g, style: last.style };
}

const LATIN = /^[A-Za-z0-9'’-]$/;

/**
 * The Latin word a full line ends in, taken off it to open the next line:
 * the views' notes are English (`may be reworded`), and a word cut in two
 * (`rewor` / `ded`) reads badly. Han text breaks anywhere, so only a word
 * of Latin letters moves, and only one shorter than half the width, after
 * a space.
 */
function popWord<S>(line: Span<S>[], width: number): Span<S> | null {
  const last = line[line.length - 1];
  const m = last && / ([A-Za-z0-9'’-]+)$/.exec(last.text);
  if (!m || m[1].length * 2 > width) return null;
  last.text = last.text.slice(0, m.index + 1);
  return { text: m[1], style: last.style };
}

/** Plain text broken into lines of at most `width` columns (see wrapSpans). */
export function wrap(text: string, width: number): string[] {
  return wrapSpans([{ text, style: null }], width).map((line) => line.map((s) => s.text).join(''));
}
