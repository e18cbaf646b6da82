import type { TokenizedReport, TokenizedUnit } from '../segment/tokenize-report.js';
import { charDice, type NearestUnits } from '../align/match-units.js';
import type { Closest } from '../report.js';

/**
 * How many of a unit's nearest units (`NearestUnits`, kept by the matcher's
 * candidate search from its similarity floor, 0.25) are ranked again by
 * words and characters together: `部分低收入群众生活比较困难` then finds
 * `有些群众的生活还很困难`, whose 生活 and 困难 weigh less than a clause
 * sharing 低收入 alone. Set on the judged claims of bench/audits
 * (`npm run bench:quality`): the pointer is at the judges' counterpart for
 * 75 of the 221 false claims whose quote was found, against 64 by words
 * alone; ten did no better than five.
 */
export const CLOSEST_RERANK = 5;

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
 * keeps most of its wording in order (`charDice`). What the search saw on
 * its way: a search of its own for every claim (which also found pairs from
 * 0.2 and through common words alone: 82 of the 221 instead of 75) cost a
 * cold run ≈20–40 ms more, in code that runs once.
 */
export function closestPicker(oldR: TokenizedReport, newR: TokenizedReport, nearest: NearestUnits): ClosestPicker {
  const row = new Int32Array(256);
  const bare = { old: [] as Array<string | undefined>, new: [] as Array<string | undefined> };
  const keyOf = (side: 'old' | 'new', u: number) => (bare[side][u] ??= bareKey((side === 'old' ? oldR : newR).units[u]));
  const pick = (side: 'old' | 'new', u: number): Closest | undefined => {
    const [to, sims, other, otherSide] =
      side === 'new' ? [nearest.newTo, nearest.newSim, oldR, 'old' as const] : [nearest.oldTo, nearest.oldSim, newR, 'new' as const];
    const from = u * nearest.k;
    if (nearest.k === 0 || to[from] === -1) return undefined;
    const mine = keyOf(side, u);
    let best = from;
    let bestScore = -1;
    for (let q = from; q < from + nearest.k && to[q] !== -1; q++) {
      const score = sims[q] + charDice(mine, keyOf(otherSide, to[q]), row);
      if (score > bestScore) {
        bestScore = score;
        best = q;
      }
    }
    return { id: other.units[to[best]].unit.id, similarity: Math.round(sims[best] * 1000) / 1000 };
  };
  return { ofNew: (j) => pick('new', j), ofOld: (i) => pick('old', i) };
}

const bareKey = (u: TokenizedUnit) => u.key.replace(/[\p{P}\p{S}]/gu, '');
