import type { Report, Unit } from '../report.js';
import { cutAll, subWordsAll, type Segmenter } from './segmenter.js';
import { compareKey } from '../ingest/normalize.js';
import { isTerm, termPrior } from './terms.js';
import { stripEnumMarker } from '../structure/strip-marker.js';
import { internTerms } from './term-ids.js';

/** A unit with what the matcher needs: its comparison key, tokens and terms. */
export interface TokenizedUnit {
  unit: Unit;
  /** Text under which two units compare equal (no whitespace, widths and scripts folded, outline marker dropped). */
  key: string;
  /** Tokens of `unit.text`; they concatenate back to it exactly. */
  tokens: string[];
  /** Distinct content terms (folded with compareKey), the unit's evidence. */
  terms: string[];
  /** `terms` as process-wide term numbers (term-ids.ts), for the stages that count and index by term. */
  termIds: Int32Array;
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
  const units = report.units;
  // First the stretches to cut, so the segmenter gets them as one batch.
  const stretches: { from: number; text: string }[] = [];
  let u = 0;
  let lineStart = 0;
  for (const line of report.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    while (u < units.length && units[u].end <= lineStart) u++;
    if (u < units.length && units[u].start < lineEnd) {
      // Only the stretch of the line that units cover (a part selection may start mid-line).
      const from = Math.max(lineStart, units[u].start);
      stretches.push({ from, text: report.text.slice(from, lineEnd) });
    }
    lineStart = lineEnd + 1;
  }
  const cuts = cutAll(segmenter, stretches.map((s) => s.text));
  let k = 0;
  stretches.forEach(({ from }, i) => {
    let pos = from;
    for (const token of cuts[i]) {
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
  });
  return out;
}

type Terms = { word: string | null; subs: string[] };
const termCache = new WeakMap<Segmenter, Map<string, Terms>>();

/**
 * The comparison terms of each token: its folded form, plus the words inside
 * it when it is long (深入贯彻落实 and 贯彻落实 then share 贯彻, 落实).
 * Cached per segmenter (reports repeat their vocabulary); the sub-words of
 * all new tokens are asked for in one batch.
 */
function termsOfAll(tokenLists: string[][], segmenter: Segmenter): Map<string, Terms> {
  let cache = termCache.get(segmenter);
  if (!cache) termCache.set(segmenter, (cache = new Map()));
  const toSplit: { token: string; key: string; word: string }[] = [];
  for (const toks of tokenLists) {
    for (const token of toks) {
      if (cache.has(token)) continue;
      const key = compareKey(token);
      const word = key && isTerm(key) ? key : null;
      cache.set(token, { word, subs: [] });
      // A stock formula's pieces (时代, 特色 inside 习近平新时代中国特色社会主义思想) are no evidence either.
      if (word && key.length >= 3 && termPrior(word) === 1) toSplit.push({ token, key, word });
    }
  }
  const subs = subWordsAll(segmenter, toSplit.map((t) => t.key));
  toSplit.forEach(({ token, key, word }, i) => {
    cache.set(token, { word, subs: subs[i].filter((s) => s !== key && isTerm(s)) });
  });
  return cache;
}

/**
 * A clause that now ends in ， instead of 。 (because a clause was added
 * after it) says the same thing: the key drops the unit's closing
 * punctuation along with its outline marker.
 */
export function unitKey(text: string): string {
  const key = compareKey(stripEnumMarker(text));
  let end = key.length;
  while (end > 0 && TRAILING_PUNCT.includes(key[end - 1])) end--;
  return end === key.length ? key : key.slice(0, end);
}
const TRAILING_PUNCT = '。，；：！？、,;:!?.…';

/** Tokenizes every unit of a report with one segmenter. */
export function tokenizeReport(report: Report, segmenter: Segmenter): TokenizedReport {
  const walked = unitTokens(report, segmenter);
  // Guard the contract (tokens rebuild the unit) should a unit span text the line walk missed.
  // (The walk's pieces lie in order inside the unit, so covering its length means rebuilding it.)
  const covers = (toks: string[], unit: Unit) => toks.reduce((n, t) => n + t.length, 0) === unit.text.length;
  const tokens = report.units.map((unit, i) => (covers(walked[i], unit) ? walked[i] : segmenter.cut(unit.text)));
  const terms = termsOfAll(tokens, segmenter);
  const at = new Map<string, number>(); // reused across units: one map, not one per unit
  const units = report.units.map((unit, i) => {
    const toks = tokens[i];
    // Terms in order of first sight; a word seen as a sub-word first keeps its place but full weight.
    at.clear();
    const unitTerms: string[] = [];
    const factors: number[] = [];
    // Indexed loops: in a one-shot CLI this runs once per token, before the JIT has warmed up.
    for (let t = 0; t < toks.length; t++) {
      const { word, subs } = terms.get(toks[t])!;
      if (word) {
        const k = at.get(word);
        if (k === undefined) {
          at.set(word, unitTerms.length);
          unitTerms.push(word);
          factors.push(1);
        } else factors[k] = 1;
      }
      for (let k = 0; k < subs.length; k++) {
        const sub = subs[k];
        if (at.has(sub)) continue;
        at.set(sub, unitTerms.length);
        unitTerms.push(sub);
        factors.push(SUB_WORD_FACTOR);
      }
    }
    return { unit, key: unitKey(unit.text), tokens: toks, terms: unitTerms, termIds: internTerms(unitTerms), factors };
  });
  return { report, units };
}
