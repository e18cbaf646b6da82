import { ELLIPSIS, ENUM_AFTER_SEMICOLON, LATIN_STOP, SENTENCE_END } from './rules.js';
import { extendEnd, firstSpanFrom, quoteEndsSentence, type Span } from './brackets.js';

const ENDS = new Set(SENTENCE_END);
// Compared by code, not as one-character strings: `text[i]` of an ideograph
// allocates a string, and this loop visits every character of the report.
const END_CODES = new Set(Array.from(SENTENCE_END, (ch) => ch.charCodeAt(0)));
const ELLIPSIS_CODE = ELLIPSIS.charCodeAt(0);
const DOT = 0x2e;
const SEMICOLON = '；'.charCodeAt(0);

/** A [start, end) range of text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Sentences of the text range [start, end) of one paragraph: split after
 * 。！？ and `……` (with their closing quotes), and at a ； that precedes the
 * next enumerated item (`；二是`), never inside brackets or quotes.
 * Whitespace at the edges is left out; the paragraph end ends the last one.
 */
export function splitSentences(text: string, start: number, end: number, spans: readonly Span[]): Range[] {
  const cuts: number[] = [];
  let s = firstSpanFrom(spans, start);
  let i = start;
  while (i < end) {
    while (s < spans.length && spans[s][0] < i) s++;
    if (s < spans.length && spans[s][0] === i) {
      const span = spans[s];
      i = Math.min(span[1], end);
      if (quoteEndsSentence(text, span, ENDS)) cuts.push((i = extendEnd(text, i, end)));
      continue;
    }
    const c = text.charCodeAt(i);
    if (END_CODES.has(c) || (c === ELLIPSIS_CODE && text.startsWith(ELLIPSIS, i))) {
      cuts.push((i = extendEnd(text, i + 1, end)));
      continue;
    }
    if (c === DOT && ((LATIN_STOP.lastIndex = i), LATIN_STOP.test(text)) && i + 1 < end) {
      cuts.push(++i);
      continue;
    }
    if (c === SEMICOLON && ENUM_AFTER_SEMICOLON.test(text.slice(i + 1, i + 8))) cuts.push(i + 1);
    i++;
  }
  return rangesBetween(text, start, end, cuts);
}

/** Ranges between consecutive cut offsets, trimmed of whitespace, empty ones dropped. */
export function rangesBetween(text: string, start: number, end: number, cuts: readonly number[]): Range[] {
  const out: Range[] = [];
  let from = start;
  for (const cut of [...cuts, end]) {
    if (cut <= from) continue;
    const r = trimRange(text, from, cut);
    if (r) out.push(r);
    from = cut;
  }
  return out;
}

/** [start, end) without surrounding whitespace, or null when nothing else is left. */
export function trimRange(text: string, start: number, end: number): Range | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

/** Whitespace as `\s` sees it, without a regex per character. */
export function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0x3000 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x85;
}
