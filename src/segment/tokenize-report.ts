import type { Report, Unit } from '../report.js';
import { cutAll, SPLIT_MIN_LENGTH, subWordsAll, type Segmenter } from './segmenter.js';
import { compareKey } from '../ingest/normalize.js';
import { isTerm, termPrior } from './terms.js';
import { stripEnumMarker } from '../structure/strip-marker.js';
import { internTerms, termCount, termNumber } from './term-ids.js';
import { canonicalTerm, termForms } from './aliases.js';
import { sloganTermsOf } from './slogans.js';
import { shareOfGdpSpans } from './share-of.js';

/** A unit with what the matcher needs: its comparison key, tokens and terms. */
export interface TokenizedUnit {
  unit: Unit;
  /** Text under which two units compare equal (no whitespace, widths and scripts folded, outline marker dropped). */
  key: string;
  /** Tokens of `unit.text`; they concatenate back to it exactly. */
  tokens: string[];
  /**
   * Distinct content terms (folded with compareKey), the unit's evidence, as
   * process-wide term numbers (term-ids.ts; `termName` gives a term back).
   */
  termIds: Int32Array;
  /**
   * How much each term counts (parallel to `termIds`): 1 for a word of the
   * unit, SUB_WORD_FACTOR for a word found only inside a longer one, so that
   * 高标准 does not make 高标准自贸协定 and 高标准推进雄安新区 look alike, and
   * for GDP named only as a share's whole (`lightenShareOfGdp`).
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
  const stretches = stretchesToCut(report);
  const cuts = cutAll(segmenter, stretches.map((s) => s.text));
  let k = 0;
  for (let i = 0; i < stretches.length; i++) k = placeTokens(cuts[i], stretches[i].from, units, out, k);
  return out;
}

/**
 * The stretches of a report's text that tokenizeReport cuts, in one batch:
 * each line's part that units cover (a part selection may start mid-line).
 */
export function stretchesToCut(report: Report): { from: number; text: string }[] {
  const units = report.units;
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
  return stretches;
}

/**
 * Hands the tokens of one cut stretch (starting at offset `from`) to the
 * units they fall in, from unit `k` on; returns the unit reached. A small
 * function called per stretch, so V8 optimises it early in a one-shot run.
 */
function placeTokens(cut: string[], from: number, units: Unit[], out: string[][], k: number): number {
  let pos = from;
  for (let c = 0; c < cut.length; c++) {
    let t = cut[c];
    while (t) {
      while (k < units.length && units[k].end <= pos) k++;
      if (k >= units.length) return k;
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
  return k;
}

/** A token's comparison terms as term numbers (term-ids.ts): its folded word (-1 when it is no term) and the words inside it. */
type Terms = { word: number; subs: Int32Array };
const termCache = new Map<string, Map<string, Terms>>();
const NO_SUBS = new Int32Array(0);

/**
 * The comparison terms of each token: its folded form, plus the words inside
 * it when it is long (深入贯彻落实 and 贯彻落实 then share 贯彻, 落实).
 * Cached per backend name for the whole process, not per segmenter object:
 * the pipeline wraps the backend in a new token-cache segmenter for every
 * report, and reports repeat most of their vocabulary. (Sub-words change
 * only if a word is added to the dictionary, which nothing does between
 * tokenisations.) The sub-words of all new tokens are asked for in one batch.
 */
function termsOfAll(tokenLists: string[][], segmenter: Segmenter): Map<string, Terms> {
  let cache = termCache.get(segmenter.name);
  if (!cache) termCache.set(segmenter.name, (cache = new Map()));
  const toSplit: NewToken[] = [];
  for (let u = 0; u < tokenLists.length; u++) addNewTokens(tokenLists[u], cache, toSplit);
  const subs = subWordsAll(segmenter, toSplit.map((t) => t.key));
  toSplit.forEach(({ token, key, word }, i) => {
    cache.set(token, { word, subs: internTerms(subs[i].filter((s) => s !== key && isTerm(s)).map(canonicalTerm)) });
  });
  return cache;
}

type NewToken = { token: string; key: string; word: number };

/**
 * Gives each token of one unit not seen before its terms (sub-words still
 * empty) and lists the ones to split. A small function called per unit, so
 * V8 optimises it early in a one-shot run (see unitTerms).
 */
function addNewTokens(toks: string[], cache: Map<string, Terms>, toSplit: NewToken[]): void {
  for (let t = 0; t < toks.length; t++) {
    const token = toks[t];
    if (cache.has(token)) continue;
    const key = compareKey(token);
    const word = key && isTerm(key) ? termNumber(canonicalTerm(key)) : -1;
    cache.set(token, { word, subs: NO_SUBS });
    // A stock formula's pieces (时代, 特色 inside 习近平新时代中国特色社会主义思想) are no evidence either.
    if (word >= 0 && key.length >= SPLIT_MIN_LENGTH && termPrior(key) === 1) toSplit.push({ token, key, word });
  }
}

/**
 * Scratch for unitTerms, indexed by term number: `mark[id] === unit + 1`
 * when the unit already has the term, at `slot[id]` of its list.
 */
interface TermScratch {
  mark: Int32Array;
  slot: Int32Array;
}

/**
 * One unit's terms in order of first sight, with their factors; a word seen
 * as a sub-word first keeps its place but full weight. A small function
 * called per unit, so V8 optimises it early in a one-shot run.
 */
function unitTerms(
  toks: string[],
  terms: Map<string, Terms>,
  scratch: TermScratch,
  unit: number,
  slogans: readonly number[],
): { ids: number[]; factors: number[] } {
  const { mark, slot } = scratch;
  const ids: number[] = [];
  const factors: number[] = [];
  for (let k = 0; k < slogans.length; k++) {
    if (mark[slogans[k]] === unit + 1) continue;
    mark[slogans[k]] = unit + 1;
    slot[slogans[k]] = ids.length;
    ids.push(slogans[k]);
    factors.push(1);
  }
  for (let t = 0; t < toks.length; t++) {
    const { word, subs } = terms.get(toks[t])!;
    if (word >= 0) {
      if (mark[word] !== unit + 1) {
        mark[word] = unit + 1;
        slot[word] = ids.length;
        ids.push(word);
        factors.push(1);
      } else factors[slot[word]] = 1;
    }
    for (let k = 0; k < subs.length; k++) {
      const sub = subs[k];
      if (mark[sub] === unit + 1) continue;
      mark[sub] = unit + 1;
      slot[sub] = ids.length;
      ids.push(sub);
      factors.push(SUB_WORD_FACTOR);
    }
  }
  return { ids, factors };
}

/**
 * The slogans a unit quotes, as terms: “六稳”, “放管服”, “三去一降一补”,
 * “五险一金” name one policy each, but jieba cuts them into single
 * characters, which are no terms, so two clauses on the same slogan shared
 * nothing but 做好 and 工作. A quoted run of two to eight characters that
 * jieba cut into several tokens becomes one term besides its tokens (the
 * tokens themselves stay as cut: the word diff shows them).
 */
function sloganTerms(toks: string[]): readonly number[] {
  let out: number[] | undefined;
  for (let t = 0; t < toks.length; t++) {
    const close = toks[t].length === 1 ? CLOSE_QUOTE[OPEN_QUOTE.indexOf(toks[t])] : undefined;
    if (close === undefined) continue;
    let text = '';
    let j = t + 1;
    for (; j < toks.length && toks[j] !== close && text.length <= SLOGAN_MAX; j++) text += toks[j];
    if (j >= toks.length || toks[j] !== close || j - t < 3 || text.length > SLOGAN_MAX) continue;
    const key = compareKey(text);
    if (isTerm(key)) (out ??= []).push(termNumber(key));
    t = j;
  }
  return out ?? NO_SLOGANS;
}
const OPEN_QUOTE = '“「';
const CLOSE_QUOTE = '”」';
const SLOGAN_MAX = 8;
const NO_SLOGANS: readonly number[] = [];

/**
 * A unit's quoted slogans and the numbered slogans it names by name or by
 * their whole list (`slogans.ts`): `“放管服”` and `简政放权、放管结合、优化服务`
 * then share a term.
 */
function withListedSlogans(quoted: readonly number[], text: string): readonly number[] {
  const named = sloganTermsOf(text);
  if (named.length === 0) return quoted;
  const out = [...quoted];
  for (const key of named) if (isTerm(key)) out.push(termNumber(key));
  return out;
}

/**
 * The terms a unit takes only from tokens inside a share-of-GDP phrase
 * (`share-of.ts`) count as a sub-word: jieba cuts 国内生产总值 into 国内 and
 * 生产总值, so the phrase is found in the text and its tokens by position.
 */
function lightenShareOfGdp(text: string, toks: string[], terms: Map<string, Terms>, ids: number[], factors: number[]): void {
  const spans = shareOfGdpSpans(text);
  if (spans.length === 0) return;
  const inside = new Set<number>();
  const outside = new Set<number>();
  let pos = 0;
  for (let t = 0; t < toks.length; t++) {
    const end = pos + toks[t].length;
    const within = spans.some(([from, to]) => pos >= from && end <= to);
    const { word, subs } = terms.get(toks[t])!;
    const into = within ? inside : outside;
    if (word >= 0) into.add(word);
    for (let k = 0; k < subs.length; k++) into.add(subs[k]);
    pos = end;
  }
  for (let k = 0; k < ids.length; k++) if (inside.has(ids[k]) && !outside.has(ids[k])) factors[k] = Math.min(factors[k], SUB_WORD_FACTOR);
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

/**
 * A term as the unit writes it. Terms are comparison keys, with Traditional
 * characters (and the Japanese kanji that coincide with them) folded to
 * Simplified and full widths to half, so 中小企業 is the term 中小企业; a
 * view that names a term shows what a reader can search the text for.
 */
export function surfaceForm(unit: TokenizedUnit, term: string): string {
  const text = unit.unit.text;
  for (const form of termForms(term)) if (text.includes(form)) return form;
  for (const t of unit.tokens) if (canonicalTerm(compareKey(t)) === term) return t;
  // A term joined from several tokens (a quoted slogan): the stretch of text that folds to it.
  for (let i = 0; i + term.length <= text.length; i++) {
    const span = text.slice(i, i + term.length);
    if (compareKey(span) === term) return span;
  }
  return term;
}

/** Tokenizes every unit of a report with one segmenter. */
export function tokenizeReport(report: Report, segmenter: Segmenter): TokenizedReport {
  const walked = unitTokens(report, segmenter);
  // Guard the contract (tokens rebuild the unit) should a unit span text the line walk missed.
  // (The walk's pieces lie in order inside the unit, so covering its length means rebuilding it.)
  const covers = (toks: string[], unit: Unit) => toks.reduce((n, t) => n + t.length, 0) === unit.text.length;
  const tokens = report.units.map((unit, i) => (covers(walked[i], unit) ? walked[i] : segmenter.cut(unit.text)));
  const terms = termsOfAll(tokens, segmenter);
  // Numbered before the scratch is sized by the term count.
  const slogans = tokens.map((toks, i) => withListedSlogans(sloganTerms(toks), report.units[i].text));
  const scratch: TermScratch = { mark: new Int32Array(termCount()), slot: new Int32Array(termCount()) };
  const units = report.units.map((unit, i) => {
    const { ids, factors } = unitTerms(tokens[i], terms, scratch, i, slogans[i]);
    lightenShareOfGdp(unit.text, tokens[i], terms, ids, factors);
    return { unit, key: unitKey(unit.text), tokens: tokens[i], termIds: Int32Array.from(ids), factors };
  });
  return { report, units };
}
