import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { PairSets } from '../align/char-pairs.js';

/**
 * How alike two units are worded, as a reader skimming them sees it: Dice's
 * coefficient of their sets of adjacent-character pairs (`pairSets`).
 * Unlike the word similarity links are scored by, it counts what jieba cut
 * into other words or weighs as boilerplate:
 * `全面贯彻党的十九大和十九届历次全会精神` and
 * `全面贯彻落实党的二十大和二十届二中全会精神` share 全面, 面贯, 贯彻, 党的,
 * 大和, 全会, 会精, 精神 (0.44) but hardly a word that weighs (0.15).
 */
export interface Wording {
  /** Both reports' unit keys as pair sets, OLD's units first, then NEW's. */
  sets: PairSets;
  /** How many of the units are OLD's. */
  oldUnits: number;
  /** Headings are compared only with headings, clauses with clauses, as the matcher pairs them. */
  heading: Uint8Array;
  /** Scratch: per pair, the last `stamp` that marked it; per unit, pairs shared with the unit asked about. */
  mark: Int32Array;
  stamp: number;
  shared: Int32Array;
}

/** The wording of two reports' units, from their pair sets (`unitPairSets`: OLD's units first). */
export function wordingOf(sets: PairSets, oldR: TokenizedReport, newR: TokenizedReport): Wording {
  const n = oldR.units.length + newR.units.length;
  const heading = new Uint8Array(n);
  oldR.units.forEach((u, k) => (heading[k] = u.unit.kind === 'heading' ? 1 : 0));
  newR.units.forEach((u, k) => (heading[oldR.units.length + k] = u.unit.kind === 'heading' ? 1 : 0));
  return { sets, oldUnits: oldR.units.length, heading, mark: new Int32Array(sets.pairs), stamp: 0, shared: new Int32Array(n) };
}

/** Unit `a`'s and `b`'s wording Dice; both index OLD's units, then NEW's. */
export function wordingDice(w: Wording, a: number, b: number): number {
  const { start, ids } = w.sets;
  const stamp = ++w.stamp;
  for (let k = start[a]; k < start[a + 1]; k++) w.mark[ids[k]] = stamp;
  let shared = 0;
  for (let k = start[b]; k < start[b + 1]; k++) if (w.mark[ids[k]] === stamp) shared++;
  const sizes = start[a + 1] - start[a] + start[b + 1] - start[b];
  return sizes ? (2 * shared) / sizes : 0;
}

/**
 * The unit of the other report worded most like unit `u` (`wordingDice`),
 * of the same kind (heading or not), with its coefficient; the first such
 * unit on a tie. Undefined when none shares a pair.
 */
export function mostAlikeInWording(w: Wording, u: number): { unit: number; dice: number } | undefined {
  const { start, ids, holderStart, holders } = w.sets;
  const mineIsOld = u < w.oldUnits;
  const touched: number[] = [];
  for (let k = start[u]; k < start[u + 1]; k++) {
    const p = ids[k];
    // Holders ascend, OLD's first: walk only the other report's end of the list.
    if (mineIsOld) {
      for (let h = holderStart[p + 1] - 1; h >= holderStart[p] && holders[h] >= w.oldUnits; h--) if (w.shared[holders[h]]++ === 0) touched.push(holders[h]);
    } else {
      for (let h = holderStart[p]; h < holderStart[p + 1] && holders[h] < w.oldUnits; h++) if (w.shared[holders[h]]++ === 0) touched.push(holders[h]);
    }
  }
  const size = start[u + 1] - start[u];
  let best: { unit: number; dice: number } | undefined;
  for (const v of touched) {
    const dice = (2 * w.shared[v]) / (size + start[v + 1] - start[v]);
    w.shared[v] = 0;
    if (w.heading[v] !== w.heading[u]) continue;
    if (!best || dice > best.dice || (dice === best.dice && v < best.unit)) best = { unit: v, dice };
  }
  return best;
}
