import type { TokenizedReport } from '../segment/tokenize-report.js';
import { termPrior } from '../segment/terms.js';

/**
 * Rarity weight of each term over the units of both reports: a term that few
 * units use (求学圆梦行动, 城市更新) is strong evidence that two units are the
 * same initiative; one that many use (加强, 机制) is not.
 */
export interface TermWeights {
  weight(term: string): number;
  /** How many units (of both reports) use the term. */
  df(term: string): number;
  /** Total number of units counted. */
  n: number;
  /**
   * True when the term stands in exactly one unit of each report: like the
   * unique lines patience diff anchors on, such a shared term all but names
   * the initiative (以旧换新, 求学圆梦行动).
   */
  unique(term: string): boolean;
}

/** Smoothed IDF, times the boilerplate prior. */
export function termWeights(a: TokenizedReport, b: TokenizedReport): TermWeights {
  const df = new Map<string, number>();
  const dfA = new Map<string, number>();
  let n = 0;
  // Indexed loops: this runs once per term of every unit, usually in cold code.
  for (const r of [a, b]) {
    const units = r.units;
    for (let u = 0; u < units.length; u++) {
      n++;
      const terms = units[u].terms;
      for (let k = 0; k < terms.length; k++) {
        const t = terms[k];
        df.set(t, (df.get(t) ?? 0) + 1);
        if (r === a) dfA.set(t, (dfA.get(t) ?? 0) + 1);
      }
    }
  }
  const cache = new Map<string, number>();
  return {
    n,
    df: (t) => df.get(t) ?? 0,
    unique: (t) => df.get(t) === 2 && dfA.get(t) === 1 && termPrior(t) === 1,
    weight(t) {
      let w = cache.get(t);
      if (w === undefined) {
        w = Math.log(1 + n / (df.get(t) ?? 1)) * termPrior(t);
        cache.set(t, w);
      }
      return w;
    },
  };
}
