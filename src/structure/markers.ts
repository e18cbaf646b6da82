import { HEADING_STOP, MARKER_RULES, PART_TITLE_LINE, PART_TITLE_RULE, SENTENCE_END, type MarkerRule } from './rules.js';
import { extendEnd, firstSpanFrom, type Span } from './brackets.js';
import { isSpace } from './sentences.js';

const ENDS = new Set(SENTENCE_END);
const STOPS = new Set(HEADING_STOP);

/** A paragraph that opens with an outline marker and may be a heading. */
export interface MarkerCandidate {
  rule: MarkerRule;
  /** The marker as written (`（二）`, `一是`). */
  marker: string;
  ordinal: number;
  /** Offsets of the heading, marker included: up to the first 。 (or sooner ；/：) or the line end. */
  start: number;
  end: number;
  /** True when the heading would be longer than its style allows: then it is body text. */
  tooLong: boolean;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 九十九 (`十二` → 12, `二十` → 20), or of ASCII digits. */
export function parseOrdinal(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return DIGITS[s] ?? NaN;
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)] ?? NaN;
  const ones = ten === s.length - 1 ? 0 : DIGITS[s.slice(ten + 1)] ?? NaN;
  return tens * 10 + ones;
}

/**
 * The outline marker that opens the paragraph [start, end), with the extent
 * of its heading, or null. Too-long headings are flagged: gov 2014's
 * `一是着力深化改革开放，激发市场活力和内生动力。` is a heading, a 一是 that
 * runs on for a whole sentence of body text is not (but still counts in the
 * 一是/二是 sequence).
 */
export function findMarker(text: string, start: number, end: number, spans: readonly Span[]): MarkerCandidate | null {
  const line = text.slice(start, Math.min(end, start + 12));
  for (const rule of MARKER_RULES) {
    const m = rule.re.exec(line);
    if (!m) continue;
    const ordinal = parseOrdinal(m[1]);
    if (!(ordinal > 0)) return null;
    const headEnd = headingEnd(text, start + m[0].length, end, spans);
    return { rule, marker: m[0], ordinal, start, end: headEnd, tooLong: headEnd - start > rule.maxHeading };
  }
  return partTitle(text, start, end);
}

/**
 * A paragraph that is a part title with no marker (`PART_TITLE_RULE`:
 * `2024年工作回顾` on its own line), as a heading candidate whose marker is
 * empty: every such title is the first of its kind, so each opens a section.
 */
function partTitle(text: string, start: number, end: number): MarkerCandidate | null {
  if (end - start > PART_TITLE_RULE.maxHeading || !PART_TITLE_LINE.test(text.slice(start, end))) return null;
  return { rule: PART_TITLE_RULE, marker: '', ordinal: 1, start, end, tooLong: false };
}

/** End of a run-in heading: after its first 。 (or a sooner ；/：), else the paragraph end. */
function headingEnd(text: string, from: number, end: number, spans: readonly Span[]): number {
  let stop = end;
  let s = firstSpanFrom(spans, from);
  for (let i = from; i < end && stop === end; i++) {
    if (s < spans.length && spans[s][0] === i) i = spans[s++][1] - 1;
    else if (ENDS.has(text[i])) stop = extendEnd(text, i + 1, end);
    else if (STOPS.has(text[i])) stop = i + 1;
  }
  while (stop > from && isSpace(text.charCodeAt(stop - 1))) stop--;
  return stop;
}
