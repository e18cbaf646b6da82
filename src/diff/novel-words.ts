import { surfaceForm, type TokenizedReport, type TokenizedUnit } from '../segment/tokenize-report.js';
import { isGenreWord, termPrior } from '../segment/terms.js';
import { termName, termNumber } from '../segment/term-ids.js';
import { spelledOutSlogans } from '../segment/slogans.js';
import { writtenForms } from '../segment/aliases.js';
import type { TermWeights } from '../align/term-weights.js';
import { LEADING_MARKER } from '../structure/rules.js';
import { wordingLength } from '../align/shared-run.js';

/**
 * What one report says, for asking whether it ever uses a word: its terms
 * (words and the words inside them) and its text.
 */
export interface Vocabulary {
  /** One of the report's terms (a word, or a word inside one). */
  known(term: number): boolean;
  /** Found anywhere in the report's text. */
  inText(term: number): boolean;
}

/**
 * The vocabulary of one side of a pair. A word counts as used when it is one
 * of that report's terms (`TermWeights.used`, counted already) or occurs
 * anywhere in its text, cut as jieba cut it or not: the words a view names
 * as "never used" must be ones a reader searching the other report finds
 * nowhere: 2025's 验证 and 债券 are no terms of 2024, whose jieba cut kept
 * them inside 中试验证平台 and 专项债券; 2025's 资产 is not one either, but
 * a search of 2024 finds it in 投资产业, so it is not named.
 */
export function vocabulary(r: TokenizedReport, side: 'old' | 'new', w: TermWeights): Vocabulary {
  // Joined by a character no key holds, so no match runs across two units.
  const text = r.units.map((u) => u.key).join('\n');
  const pairs = charPairs(text);
  const inText = new Map<number, boolean>();
  return {
    known: (term) => w.used(side, term),
    inText(term) {
      let found = inText.get(term);
      if (found === undefined) {
        found = writtenForms(termName(term)).some((form) => hasPairsOf(pairs, form) && text.includes(form));
        inText.set(term, found);
      }
      return found;
    },
  };
}

/**
 * Which pairs of adjacent characters a text holds, hashed into a bit set: a
 * word with a pair the text lacks is not in it, which spares most of the
 * searches through the whole text (a cold `diff` spent ≈5 ms in them).
 */
function charPairs(text: string): Uint32Array {
  const bits = new Uint32Array(PAIR_BITS >>> 5);
  for (let i = 1; i < text.length; i++) {
    const h = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
    bits[h >>> 5] |= 1 << (h & 31);
  }
  return bits;
}
const PAIR_BITS = 1 << 20;
const pairHash = (a: number, b: number) => (Math.imul(a, 40503) + b) & (PAIR_BITS - 1);

function hasPairsOf(bits: Uint32Array, word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const h = pairHash(word.charCodeAt(i - 1), word.charCodeAt(i));
    if ((bits[h >>> 5] & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

/**
 * The words of a unit that the other report never uses, in reading order:
 * the evidence for calling the unit new (or dropped), and a check of it. A
 * claim with none, every word of it found in the other report, was often
 * the same thing said in other words: in the judged samples (bench/audits)
 * fewer than half of such claims held, against about two in three of the
 * others. Only words of the unit's own (not the pieces of a longer word),
 * and not boilerplate or genre vocabulary (加强, 部署), which any report may
 * or may not happen to use, nor words made of boilerplate end to end
 * (`boilerplateCompound`).
 */
export function novelWords(unit: TokenizedUnit, other: Vocabulary): string[] {
  const out: string[] = [];
  // The outline marker is no word of the claim's (`第五，减轻农民负担` does not name 第五), as keys drop it too.
  const marker = LEADING_MARKER.exec(unit.unit.text)?.[0];
  for (let k = 0; k < unit.termIds.length; k++) {
    // The report's own terms first: most words are there, and that test is an array read.
    if (unit.factors[k] !== 1 || other.known(unit.termIds[k])) continue;
    const name = termName(unit.termIds[k]);
    if (termPrior(name) < 1 || isGenreWord(name) || other.inText(unit.termIds[k]) || boilerplateCompound(name, unit)) continue;
    if (marker?.includes(name) && !unit.key.includes(name)) continue;
    // A slogan the unit names by its list (`slogans.ts`) is a term it does not write: a reader could not find it there.
    if (!unit.unit.text.includes(surfaceForm(unit, name))) continue;
    out.push(name);
  }
  // “嫦娥六号” (a quoted name) says what its pieces 嫦娥, 六号 would only repeat.
  const kept = out.length < 2 ? out : out.filter((w) => !out.some((x) => x !== w && x.includes(w)));
  return withoutNamedLists(kept, unit, other).map((w) => surfaceForm(unit, w));
}

/**
 * How much of a claim's wording is words the other report never uses: the
 * characters of its `novel` words over the unit's letters, digits and
 * ideographs, at most 1. A claim made mostly of such words says something
 * the other report does not; one with a single such word in a sentence
 * otherwise worded as there is more often a rewording. Of the sure claims
 * of the sixteen audits (bench/audits), 65% held below 0.3, 74% from 0.3,
 * 86% from 0.5; on four pairs no audit read, drawn after the idea and judged
 * blind (blind-novel-share.judged.json), 26 of 48 below 0.3 and 37 of 48
 * from 0.5. How many such words a claim names split them less (70% for one,
 * 84% for four or more, in the audits) and not at all on the blind samples
 * drawn by it (`MANY_NOVEL_WORDS`): a long sentence names many and is still
 * mostly worded as the other report words it. The summary lists the sure
 * claims by this, most first, those naming an initiative before the rest.
 */
export function novelShare(text: string, novel: readonly string[]): number {
  const wording = wordingLength(text);
  let named = 0;
  for (const w of novel) named += w.length;
  return wording === 0 ? 0 : Math.min(1, named / wording);
}

/**
 * Leaves out the words of a list the unit spells out (`简政放权、放管结合、
 * 优化服务`) when the other report names its slogan (`“放管服”`): that report
 * says the thing, by its name.
 */
function withoutNamedLists(words: string[], unit: TokenizedUnit, other: Vocabulary): string[] {
  if (words.length === 0) return words;
  const lists = spelledOutSlogans(unit.unit.text).filter(({ term }) => other.known(termNumber(term)));
  if (lists.length === 0) return words;
  return words.filter((w) => !lists.some(({ members }) => members.some((m) => m.includes(w) || w.includes(m))));
}

/**
 * Whether a word is boilerplate words end to end, as jieba cut it into the
 * unit's terms (`切实` + `落实`, `大力` + `加强`, `管理` + `体系`): jieba keeps
 * such runs as one word, which the other report may simply not happen to
 * use, and they name nothing boilerplate does not. Of the judged claims
 * (bench/audits) whose every named word was one, 2 held of 9, against 72%
 * for the sure grade: 2024's `大力提高职业教育质量` (`大力提高`), which 2023
 * says in other words, and 2013's `八是切实加强政府自身建设…`.
 */
function boilerplateCompound(word: string, unit: TokenizedUnit): boolean {
  const pieces: string[] = [];
  for (let k = 0; k < unit.termIds.length; k++) {
    const piece = termName(unit.termIds[k]);
    if (piece.length < word.length && termPrior(piece) < 1 && word.includes(piece)) pieces.push(piece);
  }
  if (pieces.length < 2) return false;
  // Whether the pieces tile the word: reach[i], the word's first i characters are pieces end to end.
  const reach = new Uint8Array(word.length + 1);
  reach[0] = 1;
  for (let i = 0; i < word.length; i++) {
    if (!reach[i]) continue;
    for (const piece of pieces) if (word.startsWith(piece, i)) reach[i + piece.length] = 1;
  }
  return reach[word.length] === 1;
}
