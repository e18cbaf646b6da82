import type { TokenizedReport, TokenizedUnit } from '../segment/tokenize-report.js';
import type { TermWeights } from '../align/term-weights.js';
import { charDice, similarity } from '../align/match-units.js';
import type { Closest } from '../report.js';

/**
 * Tunables of the pointer from a new or dropped claim to the other report,
 * set on the judged claims of bench/audits (`npm run bench:quality`).
 */
export const CLOSEST = {
  /**
   * Below this word similarity a unit is not shown as closest: it shares a
   * stock verb and little else. On the audited false claims, the pointer
   * finds the judges' counterpart for 82 from 0.2, 68 from 0.3 and 87 from
   * 0.1, and it is shown on 284, 180 and 336 of the 359 claims that hold.
   */
  minSimilarity: 0.2,
  /**
   * The units this alike in words are ranked again by words and characters
   * together: `部分低收入群众生活比较困难` finds `有些群众的生活还很困难`,
   * whose 生活 and 困难 weigh less than a clause sharing 低收入 alone. Over
   * the audits, reranking the five best found the judges' counterpart first
   * for 37% of the false claims, against 30% by words alone (the ten best,
   * or every unit, did no better).
   */
  rerank: 5,
  /**
   * Terms in more than this share of both reports' units only add to a
   * candidate's score; they find candidates only when the rarer terms found
   * none (as the matcher's `candidateMaxDf`). Halved, it changed one pointer
   * of the audits.
   */
  candidateMaxDf: 0.04,
};

/** A report's units indexed by term, to find the unit nearest a unit of the other report. */
export interface ClosestIndex {
  find(unit: TokenizedUnit): Closest | undefined;
}

/**
 * Indexes the units of `r` so that a claim of the other report can ask
 * which of them says most nearly what it says: the first thing a reader
 * checking a `new` claim looks for. Scored as the matcher scores a pair
 * (weighted shared terms, a sub-word counting for less), then the best few
 * again with their wording in order (`charDice`).
 */
export function closestIndex(r: TokenizedReport, w: TermWeights): ClosestIndex {
  const n = r.units.length;
  // Postings over the process-wide term numbers: units, with the unit's factor for the term.
  let maxTerm = 0;
  for (const u of r.units) for (let k = 0; k < u.termIds.length; k++) if (u.termIds[k] > maxTerm) maxTerm = u.termIds[k];
  // The rarer terms find candidates, as in the matcher's search: a common one (发展, 加强) stands in
  // hundreds of units, so what it adds is counted only for the units the rarer ones found, unless they
  // found none (a claim of common words; in a short text every word is common).
  const maxDf = Math.max(3, w.n * CLOSEST.candidateMaxDf);
  const common = new Uint8Array(maxTerm + 1);
  for (let t = 0; t <= maxTerm; t++) common[t] = w.df(t) > maxDf ? 1 : 0;
  const start = new Int32Array(maxTerm + 2);
  for (const u of r.units) for (let k = 0; k < u.termIds.length; k++) start[u.termIds[k] + 1]++;
  for (let t = 0; t <= maxTerm; t++) start[t + 1] += start[t];
  const postU = new Int32Array(start[maxTerm + 1]);
  const postF = new Float64Array(start[maxTerm + 1]);
  const fill = start.slice(0, maxTerm + 1);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { termIds, factors } = r.units[i];
    for (let k = 0; k < termIds.length; k++) {
      total[i] += w.weight(termIds[k]) * factors[k];
      const at = fill[termIds[k]]++;
      postU[at] = i;
      postF[at] = factors[k];
    }
  }
  const state: FindState = {
    units: r.units,
    start,
    common,
    commonFactor: new Float64Array(maxTerm + 1),
    commonMark: new Int32Array(maxTerm + 1).fill(-1),
    postU,
    postF,
    total,
    shared: new Float64Array(n),
    seen: new Int32Array(n).fill(-1),
    touched: new Int32Array(n),
    bestU: new Int32Array(CLOSEST.rerank),
    bestS: new Float64Array(CLOSEST.rerank),
    row: new Int32Array(256),
    bare: [],
    w,
    call: 0,
  };
  return { find: (unit) => findClosest(state, unit) };
}

interface FindState {
  units: TokenizedUnit[];
  start: Int32Array;
  /** Terms too common to find candidates by; what a candidate shares of them is added afterwards. */
  common: Uint8Array;
  /** Scratch per call: the asking unit's common terms (marked by `call`) with their factors. */
  commonFactor: Float64Array;
  commonMark: Int32Array;
  postU: Int32Array;
  postF: Float64Array;
  total: Float64Array;
  /** Scratch per call: what each unit shares with the asking one, marked valid by `seen`. */
  shared: Float64Array;
  seen: Int32Array;
  touched: Int32Array;
  bestU: Int32Array;
  bestS: Float64Array;
  row: Int32Array;
  /** Units' keys without punctuation, made when first reranked. */
  bare: Array<string | undefined>;
  w: TermWeights;
  call: number;
}

const bareKey = (u: TokenizedUnit) => u.key.replace(/[\p{P}\p{S}]/gu, '');

/** The unit of the index most like `unit`, if any is alike enough. */
function findClosest(s: FindState, unit: TokenizedUnit): Closest | undefined {
  const kept = gather(s, unit, false) || gather(s, unit, true);
  if (kept === 0) return undefined;
  const mineBare = bareKey(unit);
  let best = -1;
  let bestScore = -1;
  for (let q = 0; q < kept; q++) {
    const i = s.bestU[q];
    const score = s.bestS[q] + charDice(mineBare, (s.bare[i] ??= bareKey(s.units[i])), s.row);
    if (score > bestScore) {
      bestScore = score;
      best = q;
    }
  }
  return { id: s.units[s.bestU[best]].unit.id, similarity: Math.round(s.bestS[best] * 1000) / 1000 };
}

/**
 * Fills `s.bestU`/`s.bestS` with the units most alike in words (sorted,
 * ties in reading order) and returns how many: units found by the rarer
 * terms, or with `everyTerm` by all of them. Its own function, called per
 * asking unit, so V8 optimises it after a few calls (see match-units' Scan).
 */
function gather(s: FindState, unit: TokenizedUnit, everyTerm: boolean): number {
  // Locals, not `s.…` in the loops: a one-shot run executes most of this unoptimised, where each property load costs.
  const { start, common, commonFactor, commonMark, postU, postF, shared, seen, touched, bestU, bestS, total, units, w } = s;
  const call = ++s.call;
  const { termIds, factors } = unit;
  const kind = unit.unit.kind;
  const last = start.length - 1;
  let mine = 0;
  let mineCommon = 0;
  let met = 0;
  for (let k = 0; k < termIds.length; k++) {
    const t = termIds[k];
    const f = factors[k];
    const weight = w.weight(t);
    mine += weight * f;
    if (t >= last) continue;
    if (common[t] === 1 && !everyTerm) {
      commonMark[t] = call;
      commonFactor[t] = f;
      mineCommon += weight * f;
      continue;
    }
    for (let p = start[t], end = start[t + 1]; p < end; p++) {
      const i = postU[p];
      const x = weight * (f < postF[p] ? f : postF[p]);
      if (seen[i] !== call) {
        seen[i] = call;
        shared[i] = x;
        touched[met++] = i;
      } else shared[i] += x;
    }
  }
  let kept = 0;
  const room = bestU.length;
  for (let p = 0; p < met; p++) {
    const i = touched[p];
    // The most it can share is what the walked terms share plus all of the asking unit's other terms:
    // below the bar even then (most units met share one middling word), skip it
    // (both ways `similarity` can score a pair, Dice and containment, stay below the bar).
    const floor = kept === room ? Math.max(CLOSEST.minSimilarity, bestS[kept - 1]) : CLOSEST.minSimilarity;
    const most = shared[i] + mineCommon;
    if (2 * most < floor * (mine + total[i]) && 0.8 * most < floor * Math.min(mine, total[i])) continue;
    if (units[i].unit.kind !== kind) continue;
    let sh = shared[i];
    if (mineCommon > 0) {
      const ids = units[i].termIds;
      const fs = units[i].factors;
      for (let k = 0; k < ids.length; k++) {
        const t = ids[k];
        if (common[t] === 1 && commonMark[t] === call) sh += w.weight(t) * (fs[k] < commonFactor[t] ? fs[k] : commonFactor[t]);
      }
    }
    const sim = similarity(sh, mine, total[i]);
    if (sim < CLOSEST.minSimilarity || (kept === room && sim <= bestS[kept - 1])) continue;
    let at = kept < room ? kept++ : kept - 1;
    while (at > 0 && (bestS[at - 1] < sim || (bestS[at - 1] === sim && bestU[at - 1] > i))) {
      bestS[at] = bestS[at - 1];
      bestU[at] = bestU[at - 1];
      at--;
    }
    bestS[at] = sim;
    bestU[at] = i;
  }
  return kept;
}
