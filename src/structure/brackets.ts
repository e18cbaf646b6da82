import { BRACKET_PAIRS, QUOTE_CLOSERS, TRAILING_CLOSERS } from './rules.js';

const CLOSE_OF = new Map(Object.entries(BRACKET_PAIRS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const CLOSERS = new Set(CLOSE_OF.values());
const TRAILING = new Set(TRAILING_CLOSERS);
const QUOTE_CLOSE = new Set(QUOTE_CLOSERS);

/** A span [start, end) enclosed by a matched bracket or quote pair, delimiters included. */
export type Span = readonly [number, number];

/**
 * Top-level bracketed/quoted spans of one paragraph [start, end). Only pairs
 * that close within the paragraph count, so a lone `“` left by a PDF line
 * break does not swallow the rest of the paragraph.
 */
export function protectedSpans(text: string, start: number, end: number): Span[] {
  const closeOf: number[] = [];
  const openAt: number[] = [];
  const spans: Span[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const close = CLOSE_OF.get(c);
    if (close !== undefined) {
      closeOf.push(close);
      openAt.push(i);
      continue;
    }
    if (!closeOf.length || !CLOSERS.has(c)) continue;
    // Pop to the nearest opener this closer matches; openers skipped on the way were unmatched.
    const k = closeOf.lastIndexOf(c);
    if (k < 0) continue;
    spans.push([openAt[k], i + 1]);
    closeOf.length = k;
    openAt.length = k;
  }
  // Keep the outermost matched spans: inner ones inside an unmatched opener count as top-level.
  return spans.length > 1 ? dropNested(spans) : spans;
}

function dropNested(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const s of spans) {
    if (out.length && s[0] < out[out.length - 1][1]) continue;
    out.push(s);
  }
  return out;
}

/** Offset after the closers that stay with a sentence end at `from` (`。”`, `！？`, `。）`). */
export function extendEnd(text: string, from: number, end: number): number {
  let j = from;
  while (j < end && TRAILING.has(text[j])) j++;
  return j;
}

/** True when a quote span ends in `。”`: the sentence ends after the quote. */
export function quoteEndsSentence(text: string, span: Span, sentenceEnd: ReadonlySet<string>): boolean {
  const [a, b] = span;
  return b - a >= 3 && QUOTE_CLOSE.has(text[b - 1]) && sentenceEnd.has(text[b - 2]);
}

/** Index of the first span that starts at or after `from` (spans are sorted and disjoint). */
export function firstSpanFrom(spans: readonly Span[], from: number): number {
  let s = 0;
  while (s < spans.length && spans[s][0] < from) s++;
  return s;
}
