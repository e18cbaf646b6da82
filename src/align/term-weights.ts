import type { TokenizedReport } from '../segment/tokenize-report.js';
import { termPrior } from '../segment/terms.js';
import { termCount, termName } from '../segment/term-ids.js';

/**
 * Rarity weight of each term over the units of both reports: a term that few
 * units use (求学圆梦行动, 城市更新) is strong evidence that two units are the
 * same initiative; one that many use (加强, 机制) is not.
 */
export interface TermWeights {
  /** Weight of the term numbered `id` (TokenizedUnit.termIds, src/segment/term-ids.ts). */
  weight(id: number): number;
  /** How many units (of both reports) use the term. */
  df(id: number): number;
  /** Total number of units counted. */
  n: number;
  /**
   * True when the term stands in exactly one unit of each report: like the
   * unique lines patience diff anchors on, such a shared term all but names
   * the initiative (以旧换新, 求学圆梦行动).
   */
  unique(id: number): boolean;
  /** True when some unit of that report uses the term (as a word, or inside one). */
  used(side: 'old' | 'new', id: number): boolean;
}

/** Smoothed IDF, times the boilerplate prior. */
export function termWeights(a: TokenizedReport, b: TokenizedReport): TermWeights {
  // Counted by term number: typed arrays, not a map keyed by the terms.
  const size = termCount();
  const df = new Int32Array(size);
  const dfA = new Int32Array(size);
  let n = 0;
  for (const r of [a, b]) {
    const units = r.units;
    for (let u = 0; u < units.length; u++) {
      n++;
      const ids = units[u].termIds;
      for (let k = 0; k < ids.length; k++) {
        df[ids[k]]++;
        if (r === a) dfA[ids[k]]++;
      }
    }
  }
  // A term numbered after the count (in neither report) has df 0.
  const dfOf = (id: number) => (id < size ? df[id] : 0);
  const cache = new Float64Array(size).fill(NaN);
  const weightOf = (id: number) => {
    if (id < size && !Number.isNaN(cache[id])) return cache[id];
    const w = Math.log(1 + n / (dfOf(id) || 1)) * termPrior(termName(id));
    if (id < size) cache[id] = w;
    return w;
  };
  const uniqueOf = (id: number) => id < size && df[id] === 2 && dfA[id] === 1 && termPrior(termName(id)) === 1;
  const used = (side: 'old' | 'new', id: number) => id < size && (side === 'old' ? dfA[id] > 0 : df[id] > dfA[id]);
  return { n, weight: weightOf, df: dfOf, unique: uniqueOf, used };
}
