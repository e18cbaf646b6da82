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
  return new Weights(n, df, dfA);
}

/**
 * Methods on a class, not closures made per pair: hot code inlines the
 * function it calls, and V8 dropped that code at every pair of a series
 * when the closure was a new one.
 */
class Weights implements TermWeights {
  private readonly cache: Float64Array;
  constructor(
    readonly n: number,
    private readonly counts: Int32Array,
    private readonly countsOld: Int32Array,
  ) {
    this.cache = new Float64Array(counts.length).fill(NaN);
  }

  /** A term numbered after the count (in neither report) has df 0. */
  df(id: number): number {
    return id < this.counts.length ? this.counts[id] : 0;
  }

  weight(id: number): number {
    const size = this.cache.length;
    if (id < size && !Number.isNaN(this.cache[id])) return this.cache[id];
    const w = Math.log(1 + this.n / (this.df(id) || 1)) * termPrior(termName(id));
    if (id < size) this.cache[id] = w;
    return w;
  }

  unique(id: number): boolean {
    return id < this.counts.length && this.counts[id] === 2 && this.countsOld[id] === 1 && termPrior(termName(id)) === 1;
  }

  used(side: 'old' | 'new', id: number): boolean {
    if (id >= this.counts.length) return false;
    return side === 'old' ? this.countsOld[id] > 0 : this.counts[id] > this.countsOld[id];
  }
}
