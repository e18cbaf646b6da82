import { WHITESPACE, SENTENCE_END_CHARS, CLOSING_QUOTES } from './rules.js';

/**
 * Folds one character so that text the engine normalised (full-width →
 * half-width and the like) still matches the generator's text. Only 1:1
 * folds are applied so offsets stay valid.
 */
export function foldChar(ch: string): string {
  const n = ch.normalize('NFKC');
  return n.length === 1 ? n : ch;
}

/** The comparison key of a text: whitespace removed (the engine's `compareKey` does the same). Unit: whitespace-free chars. */
export function toKey(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** A key folded 1:1 for locating engine text in truth text (same length as the key). */
export function matchKey(text: string): string {
  let out = '';
  for (const ch of toKey(text)) out += foldChar(ch);
  return out;
}

/**
 * Cuts a whitespace-free text into sentences at `。！？` (a closing quote
 * right after stays with its sentence). Returns [start, end) offsets that
 * tile the text.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END_CHARS.includes(text[i])) continue;
    let end = i + 1;
    while (end < text.length && CLOSING_QUOTES.includes(text[end])) end++;
    out.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** Set of char bigrams of a string (for the baseline's reworded pairing). */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice similarity of the char-bigram sets of two strings, 0–1. */
export function bigramSimilarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (A.size + B.size === 0) return a === b ? 1 : 0;
  let both = 0;
  for (const g of A) if (B.has(g)) both++;
  return (2 * both) / (A.size + B.size);
}
