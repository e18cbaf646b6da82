import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { NearestUnits } from '../align/nearest-units.js';
import { pairSimilarity, type TermIndex } from '../align/term-index.js';
import { WORDING_ALIKE, type Closest } from '../report.js';
import { isWording } from '../ingest/normalize.js';
import { mostAlikeInWording, wordingDice, wordingOf, type Wording } from './wording.js';

/**
 * How many of a unit's nearest units (`NearestUnits`, kept by the matcher's
 * candidate search from its similarity floor, 0.25) are ranked again by
 * words and characters together: `因城施策优化房地产调控` then finds
 * `因城施策促进房地产市场健康发展`, not `建立实施房地产长效机制`. Set on the
 * judged claims of bench/audits (`npm run bench:quality`): the pointer is at
 * the judges' counterpart for 79 of the 221 false claims whose quote was
 * found, against 64 by words alone, 77 reranking three and 78 ten.
 */
export const CLOSEST_RERANK = 5;

/**
 * Added to a candidate's score when it sits in a section aligned with the
 * claim's own: a rewording mostly stays where the original stood. On the
 * judged claims of bench/audits it moved the pointer to the judges'
 * counterpart for 11 of the 434 false claims whose quote was found (146 →
 * 157), and away from it for none; 0.1 gave 153, 0.4 gave 154.
 */
export const CLOSEST_ALIGNED_BONUS = 0.2;

/** Picks the closest unit of the other report for a new or dropped unit. */
export interface ClosestPicker {
  /** For NEW unit `j` (a `new` claim): the closest OLD unit. */
  ofNew(j: number): Closest | undefined;
  /** For OLD unit `i` (a `dropped` claim): the closest NEW unit. */
  ofOld(i: number): Closest | undefined;
}

/**
 * The pointer from a claim to where a reader should check it: among the
 * units the candidate search found most alike in words (most claims that
 * are rewordings reuse a rarer word of the original), the one that also
 * shares most of its characters (`charOverlap`), one in a section aligned
 * with the claim's first (`CLOSEST_ALIGNED_BONUS`). What the search saw on its
 * way: a search of its own for every claim (which also found pairs from 0.2
 * and through common words alone: 82 of the 221) cost a cold run ≈20–40 ms
 * more, in code that runs once. When the search saw none, the unit of the
 * same kind worded most like the claim (`wordingDice`), if it is alike from
 * `WORDING_ALIKE` and shares a word: gov 2023's dropped
 * `全面贯彻党的十九大和十九届历次全会精神` then points at 2024's
 * `全面贯彻落实党的二十大和二十届二中全会精神` (words 0.15, wording 0.44).
 */
export function closestPicker(oldR: TokenizedReport, newR: TokenizedReport, nearest: NearestUnits, aligned: (o: number, n: number) => boolean, ix: TermIndex): ClosestPicker {
  // Counts per UTF-16 code unit, zeroed again after each use.
  const counts = new Int32Array(65536);
  // Made when the first claim asks: a pair with none never needs it.
  let wording: Wording | undefined;
  // Units of both reports in one index, OLD's first (`ix.pairs`).
  const at = (u: number, isOld: boolean) => (isOld ? u : oldR.units.length + u);
  const byWording = (u: number, other: TokenizedReport, mineIsOld: boolean): Closest | undefined => {
    const best = mostAlikeInWording((wording ??= wordingOf(ix.pairs, oldR, newR)), at(u, mineIsOld));
    if (!best || best.dice < WORDING_ALIKE) return undefined;
    const t = mineIsOld ? best.unit - oldR.units.length : best.unit;
    const similarity = mineIsOld ? pairSimilarity(ix, u, t) : pairSimilarity(ix, t, u);
    // Not one word in common: fragments of figures and dates (`缓税缓费7500多亿元` / `惠及500多万在校生`, `到2020年` / `西部地区于2020年完成`) are worded alike and name nothing alike.
    if (similarity === 0) return undefined;
    return { id: other.units[t].unit.id, similarity: round(similarity), wording: round(best.dice) };
  };
  // Plain arguments, no tuple per call: this runs once per claim, mostly unoptimised.
  const pick = (mine: TokenizedReport, u: number, other: TokenizedReport, to: Int32Array, sims: Float64Array, mineIsOld: boolean): Closest | undefined => {
    const from = u * nearest.k;
    if (nearest.k === 0) return undefined;
    if (to[from] === -1) return byWording(u, other, mineIsOld);
    const key = mine.units[u].key;
    let best = from;
    let bestScore = -1;
    for (let q = from; q < from + nearest.k && to[q] !== -1; q++) {
      const theirs = other.units[to[q]].key;
      const inPlace = mineIsOld ? aligned(u, to[q]) : aligned(to[q], u);
      const score = sims[q] + charOverlap(key, theirs, counts) + (inPlace ? CLOSEST_ALIGNED_BONUS : 0);
      if (score > bestScore) {
        bestScore = score;
        best = q;
      }
    }
    const dice = wordingDice((wording ??= wordingOf(ix.pairs, oldR, newR)), at(u, mineIsOld), at(to[best], !mineIsOld));
    return { id: other.units[to[best]].unit.id, similarity: round(sims[best]), wording: round(dice) };
  };
  return {
    ofNew: (j) => pick(newR, j, oldR, nearest.newTo, nearest.newSim, false),
    ofOld: (i) => pick(oldR, i, newR, nearest.oldTo, nearest.oldSim, true),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Dice over the two keys' characters as multisets, punctuation and symbols
 * left out: how much of the wording the two share, in any order. In linear
 * time, where the matcher's `charDice` (characters in order) costs a × b
 * steps: over a 10-report series that was ≈40–60 ms of reranking, and it
 * found the judges' counterpart less often (75 of the 221 audited false
 * claims, against 79). Skipping punctuation here rather than stripping it
 * with a Unicode regex first spared a cold run ≈5 ms.
 */
function charOverlap(a: string, b: string, counts: Int32Array): number {
  let na = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (isWording(c)) {
      counts[c]++;
      na++;
    }
  }
  let nb = 0;
  let both = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (!isWording(c)) continue;
    nb++;
    if (counts[c] > 0) {
      counts[c]--;
      both++;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = 0;
  return na + nb === 0 ? 0 : (2 * both) / (na + nb);
}
