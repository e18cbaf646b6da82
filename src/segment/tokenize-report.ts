import type { Report, Unit } from '../report.js';
import type { Segmenter } from './segmenter.js';
import { compareKey } from '../ingest/normalize.js';
import { isTerm, termPrior } from './terms.js';
import { stripEnumMarker } from '../structure/strip-marker.js';

/** A unit with what the matcher needs: its comparison key, tokens and terms. */
export interface TokenizedUnit {
  unit: Unit;
  /** Text under which two units compare equal (no whitespace, widths and scripts folded, outline marker dropped). */
  key: string;
  /** Tokens of `unit.text`; they concatenate back to it exactly. */
  tokens: string[];
  /** Distinct content terms (folded with compareKey), the unit's evidence. */
  terms: string[];
  /**
   * How much each term counts (parallel to `terms`): 1 for a word of the
   * unit, SUB_WORD_FACTOR for a word found only inside a longer one, so that
   * 高标准 does not make 高标准自贸协定 and 高标准推进雄安新区 look alike.
   */
  factors: number[];
}

/** Weight of a sub-word (贯彻 inside 贯彻落实) relative to a word of its own. */
export const SUB_WORD_FACTOR = 0.4;

/** A report with its units tokenized once, for every later stage to share. */
export interface TokenizedReport {
  report: Report;
  units: TokenizedUnit[];
}

/**
 * Cuts each paragraph once and hands every unit the tokens inside it: one
 * segmenter call per paragraph instead of per clause. Units end at
 * punctuation, where jieba never joins characters, so a token that straddles
 * a unit boundary is rare; when it happens it is split at the boundary.
 */
function unitTokens(report: Report, segmenter: Segmenter): string[][] {
  const out: string[][] = report.units.map(() => []);
  let u = 0;
  const units = report.units;
  let lineStart = 0;
  for (const line of report.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    while (u < units.length && units[u].end <= lineStart) u++;
    if (u < units.length && units[u].start < lineEnd) {
      // Only the stretch of the line that units cover (a part selection may start mid-line).
      const from = Math.max(lineStart, units[u].start);
      let pos = from;
      let k = u;
      for (const token of segmenter.cut(report.text.slice(from, lineEnd))) {
        let t = token;
        while (t) {
          while (k < units.length && units[k].end <= pos) k++;
          if (k >= units.length) break;
          const unit = units[k];
          if (pos < unit.start) {
            const skip = Math.min(t.length, unit.start - pos);
            t = t.slice(skip);
            pos += skip;
            continue;
          }
          const take = Math.min(t.length, unit.end - pos);
          out[k].push(t.slice(0, take));
          t = t.slice(take);
          pos += take;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const termCache = new WeakMap<Segmenter, Map<string, { word: string | null; subs: string[] }>>();

/**
 * The comparison terms of one token: its folded form, plus the words inside
 * it when it is long (深入贯彻落实 and 贯彻落实 then share 贯彻, 落实).
 * Cached per segmenter: reports repeat their vocabulary.
 */
function termsOf(token: string, segmenter: Segmenter): { word: string | null; subs: string[] } {
  let cache = termCache.get(segmenter);
  if (!cache) termCache.set(segmenter, (cache = new Map()));
  let terms = cache.get(token);
  if (terms === undefined) {
    const key = compareKey(token);
    const word = key && isTerm(key) ? key : null;
    // A stock formula's pieces (时代, 特色 inside 习近平新时代中国特色社会主义思想) are no evidence either.
    const splittable = word && key.length >= 3 && termPrior(word) === 1 && segmenter.subWords;
    const subs = splittable ? segmenter.subWords!(key).filter((s) => s !== key && isTerm(s)) : [];
    terms = { word, subs };
    cache.set(token, terms);
  }
  return terms;
}

/**
 * A clause that now ends in ， instead of 。 (because a clause was added
 * after it) says the same thing: the key drops the unit's closing
 * punctuation along with its outline marker.
 */
export function unitKey(text: string): string {
  return compareKey(stripEnumMarker(text)).replace(TRAILING_PUNCT, '');
}
const TRAILING_PUNCT = /[。，；：！？、,;:!?.…]+$/u;

/** Tokenizes every unit of a report with one segmenter. */
export function tokenizeReport(report: Report, segmenter: Segmenter): TokenizedReport {
  const tokens = unitTokens(report, segmenter);
  const units = report.units.map((unit, i) => {
    // Guard the contract (tokens rebuild the unit) should a unit span text the line walk missed.
    const toks = tokens[i].join('') === unit.text ? tokens[i] : segmenter.cut(unit.text);
    const factor = new Map<string, number>();
    for (const tok of toks) {
      const { word, subs } = termsOf(tok, segmenter);
      if (word) factor.set(word, 1);
      for (const sub of subs) if (!factor.has(sub)) factor.set(sub, SUB_WORD_FACTOR);
    }
    return { unit, key: unitKey(unit.text), tokens: toks, terms: [...factor.keys()], factors: [...factor.values()] };
  });
  return { report, units };
}
