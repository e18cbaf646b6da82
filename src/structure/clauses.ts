import { CLAUSE_BREAK, HAN_RANGES, MIN_CLAUSE_HAN } from './rules.js';
import { firstSpanFrom, type Span } from './brackets.js';
import { rangesBetween, type Range } from './sentences.js';

/** By code: `text[i]` of an ideograph would allocate a string per character. */
const BREAKS = new Set(Array.from(CLAUSE_BREAK, (ch) => ch.charCodeAt(0)));

/**
 * Clause ranges of one sentence: cut after ，；： outside brackets and quotes,
 * then merge clauses with fewer than MIN_CLAUSE_HAN ideographs into the
 * previous clause (the next one when first), so `为此，` never stands alone.
 */
export function splitClauses(text: string, start: number, end: number, spans: readonly Span[]): Range[] {
  const cuts: number[] = [];
  let s = firstSpanFrom(spans, start);
  for (let i = start; i < end; i++) {
    if (s < spans.length && spans[s][0] === i) i = spans[s++][1] - 1;
    else if (BREAKS.has(text.charCodeAt(i))) cuts.push(i + 1);
  }
  return mergeShort(text, rangesBetween(text, start, end, cuts));
}

/** True when [start, end) holds at least MIN_CLAUSE_HAN ideographs (or digits, Hangul): stops counting there. */
function longEnough(text: string, start: number, end: number): boolean {
  let n = 0;
  for (let i = start; i < end && n < MIN_CLAUSE_HAN; i++) {
    const code = text.charCodeAt(i);
    for (let r = 0; r < HAN_RANGES.length; r++) {
      if (code >= HAN_RANGES[r][0] && code <= HAN_RANGES[r][1]) {
        n++;
        break;
      }
    }
  }
  return n >= MIN_CLAUSE_HAN;
}

function mergeShort(text: string, pieces: Range[]): Range[] {
  const out: Range[] = [];
  let carry: number | null = null;
  for (const p of pieces) {
    const piece: Range = { start: carry ?? p.start, end: p.end };
    carry = null;
    if (longEnough(text, piece.start, piece.end)) out.push(piece);
    else if (out.length) out[out.length - 1].end = piece.end;
    else carry = piece.start;
  }
  if (carry !== null) {
    const last = pieces[pieces.length - 1];
    out.push({ start: carry, end: last.end });
  }
  return out;
}
