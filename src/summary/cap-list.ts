/** A list cut to a limit, remembering how many items were left out. */
export interface Capped<T> {
  items: T[];
  /** Items not shown: render as "… and N more". */
  more: number;
  total: number;
}

/** The first `limit` items of a list (all of them when limit ≤ 0 or not finite). */
export function capList<T>(items: readonly T[], limit: number): Capped<T> {
  const keep = limit > 0 && Number.isFinite(limit) ? Math.min(limit, items.length) : items.length;
  return { items: items.slice(0, keep), more: items.length - keep, total: items.length };
}
