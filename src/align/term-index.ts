/**
 * Both reports' unit terms over one id space in flat typed arrays, and the
 * word similarity of two units the whole matching scores by; with the
 * units' character pairs (`unitPairSets`), which the matcher's last pass
 * and the claims' pointers read: the indexes of one comparison, built once.
 */
import { type TokenizedReport, type TokenizedUnit, surfaceForm } from '../segment/tokenize-report.js';
import type { TermWeights } from './term-weights.js';
import { isFigureWord, isGenreWord, termPrior } from '../segment/terms.js';
import { stableShape } from '../stable-shape.js';
import { termCount, termName } from '../segment/term-ids.js';
import { MATCH } from './match-tunables.js';
import { clauseMood } from './clause-mood.js';
import { unitPairSets } from './char-pairs.js';

/** The terms two units share, strongest first (a sub-word counts for less): the evidence shown to the reader, at most `SHOWN_SHARED`. */
export function sharedTerms(o: TokenizedUnit, n: TokenizedUnit, w: TermWeights): string[] {
  // Sorted as found (a handful of terms): strongest first, then by name. Small
  // arrays and no sort or filter callbacks: this runs for every link.
  const ids: number[] = [];
  const strength: number[] = [];
  for (let k = 0; k < o.termIds.length; k++) {
    const id = o.termIds[k];
    const at = n.termIds.indexOf(id);
    if (at < 0) continue;
    const s = w.weight(id) * Math.min(o.factors[k], n.factors[at]);
    let i = ids.length;
    ids.push(id);
    strength.push(s);
    while (i > 0 && (strength[i - 1] < s || (strength[i - 1] === s && termName(ids[i - 1]) > termName(id)))) {
      ids[i] = ids[i - 1];
      strength[i] = strength[i - 1];
      i--;
    }
    ids[i] = id;
    strength[i] = s;
  }
  const out: string[] = [];
  for (let i = 0; i < ids.length && out.length < SHOWN_SHARED; i++) {
    // 求学圆梦行动 says it all; its pieces 求学, 圆梦 would only repeat it.
    const name = termName(ids[i]);
    let inStronger = false;
    for (let j = 0; j < ids.length && !inStronger; j++) inStronger = j !== i && strength[j] >= strength[i] && termName(ids[j]).includes(name);
    if (!inStronger) out.push(surfaceForm(n, name));
  }
  return out;
}

/** How many shared terms a link shows as its evidence. */
const SHOWN_SHARED = 6;

/**
 * Weighted Dice over terms. A unit that is a reworded part of a longer one
 * (a clause absorbed into a bigger clause) also counts, but only when the
 * shorter side is substantial and nearly all of it is shared: containment of
 * a short unit is how look-alikes such as “加大保障性住房建设和供给” /
 * “拓宽保障性住房再贷款使用范围” would sneak in.
 */
export function similarity(shared: number, wa: number, wb: number): number {
  if (!shared) return 0;
  const dice = (2 * shared) / (wa + wb);
  const small = Math.min(wa, wb);
  const contain = shared / small;
  return small >= MATCH.containMinWeight && contain >= MATCH.containMin ? Math.max(dice, 0.8 * contain) : dice;
}

/**
 * One report's unit terms as integer ids, packed: unit u's terms are
 * ids[start[u]] … ids[start[u + 1] - 1], with their factors in `factor`.
 * Flat arrays, because a typed array per unit (thousands of them) was a
 * large part of a cold run's matching time.
 */
export interface PackedTerms {
  start: Int32Array;
  ids: Int32Array;
  factor: Float64Array;
  /** Total weight of each unit's terms. */
  total: Float64Array;
  /** Weight of each unit's common terms (not in `isRare`): the most they can add to what its rare terms share. */
  common: Float64Array;
  /**
   * Each unit's kind (1 a heading, 0 a clause): only units of one kind pair.
   * A typed array, not the kinds' strings: a string array's map depends on
   * whether `pack` ran optimised (packed) or not (holey), and the search
   * compiled for one was dropped when the next pair brought the other.
   */
  kind: Uint8Array;
  /** Each clause's mood (`clauseMood`; 0 for a heading): a shortcoming never pairs with a task or a gain. */
  mood: Uint8Array;
}

/**
 * Both reports' unit terms over one id space, with per-id weight and flags,
 * so the inner loop touches only typed arrays. Ids are numbered in the
 * order terms are first seen (old report first), from the process-wide term
 * numbers.
 */
export function indexTerms(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights) {
  const local: Local = stableShape(LocalShape, { idOf: new Int32Array(termCount()).fill(-1), globals: [] as number[] });
  const oldT = pack(oldR, local);
  const newT = pack(newR, local);
  const size = local.globals.length;
  const weight = new Float64Array(size);
  const df = new Int32Array(size);
  const unique = new Uint8Array(size);
  const noAnchor = new Uint8Array(size);
  const boiler = new Uint8Array(size);
  for (let t = 0; t < size; t++) {
    const g = local.globals[t];
    const name = termName(g);
    weight[t] = w.weight(g);
    df[t] = w.df(g);
    unique[t] = name.length >= 2 && w.unique(g) ? 1 : 0;
    // Genre vocabulary, and words that only carry a figure (增长, 左右, 万亿元: how much, not of what), weigh but anchor no link.
    noAnchor[t] = isGenreWord(name) || isFigureWord(name) ? 1 : 0;
    boiler[t] = termPrior(name) < 1 ? 1 : 0;
  }
  // Terms used by few units are the ones candidates are found by (postings); the rest only add to a bound.
  const maxDf = Math.max(3, w.n * MATCH.candidateMaxDf);
  const isRare = new Uint8Array(size);
  for (let t = 0; t < size; t++) isRare[t] = df[t] <= maxDf ? 1 : 0;
  for (const p of [oldT, newT]) {
    for (let u = 0; u + 1 < p.start.length; u++) {
      let s = 0;
      let common = 0;
      for (let k = p.start[u]; k < p.start[u + 1]; k++) {
        const x = weight[p.ids[k]] * p.factor[k];
        s += x;
        if (isRare[p.ids[k]] === 0) common += x;
      }
      p.total[u] = s;
      p.common[u] = common;
    }
  }
  return stableShape(TermIndexShape, { size, oldT, newT, weight, df, unique, noAnchor, boiler, isRare, oldKey: bareKeys(oldR), newKey: bareKeys(newR), pairs: unitPairSets(oldR, newR) });
}

export class TermIndexShape {}

class LocalShape {}

/**
 * Units' keys with punctuation dropped, for `charDice`, made when first asked:
 * only a few hundred pairs are ever compared by characters, and the Unicode
 * regex over every unit cost a cold run ≈5–10 ms.
 */
export class BareKeys {
  private readonly made: Array<string | undefined> = [];
  constructor(private readonly r: TokenizedReport) {}
  /**
   * A method, not a closure made per report: the optimised search inlines
   * the function it calls, and a new closure each pair made V8 drop it.
   */
  get(u: number): string {
    return (this.made[u] ??= this.r.units[u].key.replace(/[\p{P}\p{S}]/gu, ''));
  }
}

const bareKeys = (r: TokenizedReport) => new BareKeys(r);

/** Process-wide term number → this pair's id, and back. */
interface Local {
  idOf: Int32Array;
  globals: number[];
}

function pack(r: TokenizedReport, local: Local): PackedTerms {
  const start = new Int32Array(r.units.length + 1);
  for (let u = 0; u < r.units.length; u++) start[u + 1] = start[u] + r.units[u].termIds.length;
  const out = {
    start,
    ids: new Int32Array(start[r.units.length]),
    factor: new Float64Array(start[r.units.length]),
    total: new Float64Array(r.units.length),
    common: new Float64Array(r.units.length),
    kind: new Uint8Array(r.units.length),
    mood: new Uint8Array(r.units.length),
  };
  for (let u = 0; u < r.units.length; u++) {
    if (r.units[u].unit.kind === 'heading') out.kind[u] = 1;
    else out.mood[u] = clauseMood(r.units[u].unit.text);
  }
  for (let u = 0; u < r.units.length; u++) packUnit(r.units[u], out, start[u], local);
  return out;
}

/** Called per unit rather than looped inside `pack`, so V8 optimises it early (see Scan). */
function packUnit(unit: TokenizedUnit, out: PackedTerms, at: number, local: Local): void {
  const { termIds, factors } = unit;
  for (let k = 0; k < termIds.length; k++) {
    let id = local.idOf[termIds[k]];
    if (id === -1) {
      local.idOf[termIds[k]] = id = local.globals.length;
      local.globals.push(termIds[k]);
    }
    out.ids[at + k] = id;
    out.factor[at + k] = factors[k];
  }
}

export type TermIndex = ReturnType<typeof indexTerms>;

/** A unit's terms into a term → heaviest weight map. */
export function addTerms(ix: TermIndex, p: PackedTerms, u: number, out: Map<number, number>): void {
  for (let k = p.start[u]; k < p.start[u + 1]; k++) {
    const t = p.ids[k];
    const x = ix.weight[t] * p.factor[k];
    if (x > (out.get(t) ?? 0)) out.set(t, x);
  }
}

/** Whether OLD unit `i` and NEW unit `j` share a word that is not boilerplate. */
export function sharesContent(ix: TermIndex, i: number, j: number): boolean {
  const { oldT, newT, boiler } = ix;
  for (let k = oldT.start[i]; k < oldT.start[i + 1]; k++) {
    if (boiler[oldT.ids[k]] === 1) continue;
    for (let q = newT.start[j]; q < newT.start[j + 1]; q++) if (oldT.ids[k] === newT.ids[q]) return true;
  }
  return false;
}

/** Whether the unit on `side` (OLD `i` or NEW `j`) is nearly all inside the other: heavy enough, and most of its weight shared. */
export function heldWhole(ix: TermIndex, i: number, j: number, side: 'o' | 'n'): boolean {
  const total = side === 'o' ? ix.oldT.total[i] : ix.newT.total[j];
  return total >= MATCH.mergeMinWeight && sharedWeight(ix, i, j) >= MATCH.containMin * total;
}

/** The share of a host unit's weight (on `hostSide`) that the given units of the other side share with it. */
export function covered(ix: TermIndex, hostSide: 'o' | 'n', host: number, units: number[]): number {
  const H = hostSide === 'o' ? ix.oldT : ix.newT;
  const U = hostSide === 'o' ? ix.newT : ix.oldT;
  let got = 0;
  for (let k = H.start[host]; k < H.start[host + 1]; k++) {
    const t = H.ids[k];
    let best = 0;
    for (const u of units) for (let q = U.start[u]; q < U.start[u + 1]; q++) if (U.ids[q] === t) best = Math.max(best, Math.min(H.factor[k], U.factor[q]));
    got += ix.weight[t] * best;
  }
  return got / H.total[host];
}

/** The similarity of one OLD and one NEW unit, as the candidate search scores it. */
export function pairSimilarity(ix: TermIndex, i: number, j: number): number {
  return similarity(sharedWeight(ix, i, j), ix.oldT.total[i], ix.newT.total[j]);
}

/** The weight OLD unit `i` and NEW unit `j` share (a sub-word counting as such on either side). */
function sharedWeight(ix: TermIndex, i: number, j: number): number {
  const { oldT, newT, weight } = ix;
  let shared = 0;
  for (let k = oldT.start[i]; k < oldT.start[i + 1]; k++) {
    for (let q = newT.start[j]; q < newT.start[j + 1]; q++) {
      if (oldT.ids[k] === newT.ids[q]) shared += weight[oldT.ids[k]] * Math.min(oldT.factor[k], newT.factor[q]);
    }
  }
  return shared;
}
