/** Precision/recall counts that add up across cases (micro-averaging). */
export interface PRCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** A ratio as hit/total that adds up across cases. */
export interface Share {
  hit: number;
  total: number;
}

/** Empty counters. */
export const prZero = (): PRCounts => ({ tp: 0, fp: 0, fn: 0 });
export const shareZero = (): Share => ({ hit: 0, total: 0 });

/** Counts of a predicted char mask against a truth mask, skipping ignored chars. */
export function prOf(pred: Uint8Array, truth: ArrayLike<number>, ignore: ArrayLike<number>): PRCounts {
  const c = prZero();
  for (let i = 0; i < pred.length; i++) {
    if (ignore[i]) continue;
    if (pred[i] && truth[i]) c.tp++;
    else if (pred[i]) c.fp++;
    else if (truth[i]) c.fn++;
  }
  return c;
}

/** F1 of counts; 1 when there was nothing to find and nothing was claimed. */
export function f1(c: PRCounts): number {
  if (c.tp + c.fp + c.fn === 0) return 1;
  return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

/** Precision (1 when nothing was claimed). */
export const precision = (c: PRCounts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
/** Recall (1 when there was nothing to find). */
export const recall = (c: PRCounts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
/** A share as a number (1 when empty). */
export const ratio = (s: Share): number => (s.total === 0 ? 1 : s.hit / s.total);

/** Adds b into a, field by field. */
export function addInto<T extends object>(a: T, b: T): T {
  for (const k of Object.keys(b) as Array<keyof T>) {
    const v = b[k];
    if (typeof v === 'number') (a[k] as number) += v;
    else if (v && typeof v === 'object') addInto(a[k] as object, v as object);
  }
  return a;
}
