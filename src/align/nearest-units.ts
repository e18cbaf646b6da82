/**
 * The units of the other report nearest to each unit, kept by the candidate
 * search on its way, from which a claim's pointer (`Change.closest`) is chosen.
 */

/**
 * For each unit, the units of the other report most alike to it in words,
 * best first, as the candidate search scores them on its way (from
 * `MATCH.minSimilarity`; units of one kind; not the units identical ones
 * took): what `Change.closest` is chosen from. Unit u's slots are
 * `u * k … u * k + k - 1`, -1 where empty.
 */
export interface NearestUnits {
  k: number;
  oldTo: Int32Array;
  oldSim: Float64Array;
  newTo: Int32Array;
  newSim: Float64Array;
}

/** Room for the `k` nearest units of every unit of both reports (k = 0: none kept). */
export function nearestUnits(oldUnits: number, newUnits: number, k: number): NearestUnits {
  return {
    k,
    oldTo: new Int32Array(oldUnits * k).fill(-1),
    oldSim: new Float64Array(oldUnits * k),
    newTo: new Int32Array(newUnits * k).fill(-1),
    newSim: new Float64Array(newUnits * k),
  };
}

export const NO_NEAREST = nearestUnits(0, 0, 0);

/** Keeps the pair among the nearest units of both its units (ties: the earlier unit first). */
export function noteNearest(near: NearestUnits, i: number, j: number, sim: number): void {
  keepNearest(near.oldTo, near.oldSim, i * near.k, near.k, j, sim);
  keepNearest(near.newTo, near.newSim, j * near.k, near.k, i, sim);
}

function keepNearest(to: Int32Array, sims: Float64Array, from: number, k: number, u: number, sim: number): void {
  let at = from + k - 1;
  if (to[at] !== -1 && (sims[at] > sim || (sims[at] === sim && to[at] < u))) return;
  // Shift the worse ones down a slot; the last falls off.
  while (at > from && (to[at - 1] === -1 || sims[at - 1] < sim || (sims[at - 1] === sim && to[at - 1] > u))) {
    to[at] = to[at - 1];
    sims[at] = sims[at - 1];
    at--;
  }
  to[at] = u;
  sims[at] = sim;
}
