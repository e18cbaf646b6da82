import { bigramSimilarity } from '../lib/key.js';

/** One step of an order-preserving alignment of two string lists. */
export type Step =
  | { kind: 'equal'; i: number; j: number }
  | { kind: 'pair'; i: number; j: number; similarity: number }
  | { kind: 'del'; i: number }
  | { kind: 'ins'; j: number };

/** Threshold of char-bigram similarity for calling two unmatched items a rewording. */
export const PAIR_THRESHOLD = 0.5;

/** LCS table of exact equality, filled from the end. */
function lcsTable(a: string[], b: string[]): Uint32Array[] {
  const t = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  return t;
}

/** Pairs items of one gap in order, each NEW item with the most similar later OLD item (≥ threshold). */
function pairGap(a: string[], b: string[], is: number[], js: number[]): Step[] {
  const out: Step[] = [];
  let next = 0;
  for (const j of js) {
    let best = -1;
    let bestSim = PAIR_THRESHOLD;
    for (let k = next; k < is.length; k++) {
      const sim = bigramSimilarity(a[is[k]], b[j]);
      if (sim >= bestSim) (best = k), (bestSim = sim);
    }
    if (best < 0) {
      out.push({ kind: 'ins', j });
      continue;
    }
    for (let k = next; k < best; k++) out.push({ kind: 'del', i: is[k] });
    out.push({ kind: 'pair', i: is[best], j, similarity: bestSim });
    next = best + 1;
  }
  for (let k = next; k < is.length; k++) out.push({ kind: 'del', i: is[k] });
  return out;
}

/**
 * Aligns two lists in order: LCS over exact equality, then within each gap
 * unmatched items paired by char-bigram similarity. Unit: list items.
 */
export function alignSequences(a: string[], b: string[]): Step[] {
  const t = lcsTable(a, b);
  const out: Step[] = [];
  let i = 0;
  let j = 0;
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = () => {
    out.push(...pairGap(a, b, gapA, gapB));
    gapA = [];
    gapB = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      out.push({ kind: 'equal', i: i++, j: j++ });
    } else if (j >= b.length || (i < a.length && t[i + 1][j] >= t[i][j + 1])) gapA.push(i++);
    else gapB.push(j++);
  }
  flush();
  return out;
}
