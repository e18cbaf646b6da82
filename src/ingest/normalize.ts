import { createRequire } from 'node:module';
import type { Document } from '../report.js';
import { SIMP_ONLY, TRAD_ONLY } from './rules.js';

/** Per-ideograph class for `detectScript`: 1 Traditional-only, 2 Simplified-only (a table beats Set lookups on 50 KB). */
const HAN_CLASS = new Uint8Array(0xa000 - 0x4e00);
for (const ch of TRAD_ONLY) HAN_CLASS[ch.charCodeAt(0) - 0x4e00] = 1;
for (const ch of SIMP_ONLY) HAN_CLASS[ch.charCodeAt(0) - 0x4e00] = 2;

/**
 * Whitespace dropped from comparison keys: what `\s` matches, plus the
 * zero-width characters (U+200B–200D, U+2060) PDF extraction leaves behind.
 */
function isKeySpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x1680;
}

/**
 * Punctuation that differs only in width or shape, folded to one form so that
 * `，` vs `,` or `（` vs `(` never makes two units unequal. U+FF01–FF5E is
 * folded arithmetically in `compareKey`; this map covers the half-width
 * ideographic forms and curly vs straight quotes.
 */
const PUNCT_FOLD = new Map<number, string>(
  Object.entries({
    '｡': '。', '､': '、', '“': '"', '”': '"', '‘': "'", '’': "'",
    '・': '·', '•': '·', '〜': '~', '～': '~',
  }).map(([from, to]) => [from.charCodeAt(0), to]),
);

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

/**
 * Loads OpenCC on first need (it costs ~40 ms). Synchronous `require` of the
 * t2cn build keeps `compareKey` synchronous; Taiwan and Hong Kong variants are
 * both folded because a document may use either.
 */
function simplifier(): Convert {
  if (!toSimplified) {
    const require = createRequire(import.meta.url);
    const OpenCC = require('opencc-js/t2cn') as typeof import('opencc-js');
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    toSimplified = (s) => hk(tw(s));
  }
  return toSimplified;
}

/** True when the text contains at least one Traditional-only character from our list. */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && HAN_CLASS[c - 0x4e00] === 1) return true;
  }
  return false;
}

/** Letters, digits, kana, Hangul and CJK ideographs of a key; not punctuation, symbols or spaces (keys are already folded to half width). */
export function isWording(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0x2000) return c >= 0xc0;
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * The key under which two units compare equal: no whitespace at all, every
 * full-width character (letters, digits, ，：；！？（）) folded to ASCII,
 * quote and middle-dot variants unified, Traditional folded to Simplified.
 * Unit: any string (a clause, heading or whole text).
 */
export function compareKey(text: string): string {
  // One pass that copies only when something changes: this runs on every
  // unit and distinct token of both reports, and most need nothing.
  let out = '';
  let from = 0;
  let traditional = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | undefined;
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (HAN_CLASS[c - 0x4e00] === 1) traditional = true;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) rep = String.fromCharCode(c - 0xfee0);
    else if (isKeySpace(c)) rep = '';
    else rep = PUNCT_FOLD.get(c);
    if (rep !== undefined) {
      out += text.slice(from, i) + rep;
      from = i + 1;
    }
  }
  const s = from === 0 ? text : out + text.slice(from);
  return traditional ? simplifier()(s) : s;
}

/**
 * Dominant script of a document: Hangul → `ko`, kana → `ja`, else Han split
 * by Traditional-only vs Simplified-only characters, else `latin`.
 * Unit: a whole document's text (samples the first 200 000 characters).
 */
export function detectScript(text: string): Document['script'] {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let han = 0, kana = 0, hangul = 0, latin = 0, trad = 0, simp = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      const k = HAN_CLASS[c - 0x4e00];
      if (k === 1) trad++;
      else if (k === 2) simp++;
    } else if (c >= 0x3400 && c <= 0x4dbf) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const cjk = han + kana + hangul;
  if (cjk === 0) return latin > 0 ? 'latin' : 'unknown';
  if (hangul > cjk * 0.3) return 'ko';
  if (kana > cjk * 0.05) return 'ja';
  if (latin > cjk * 2) return 'latin';
  if (trad === 0 && simp === 0) return 'hans';
  return trad > simp ? 'hant' : 'hans';
}
