import { isWording } from '../ingest/normalize.js';
import type { TokenizedReport } from '../segment/tokenize-report.js';

/**
 * Units as the sets of their pairs of adjacent characters, within runs of
 * letters, digits and CJK characters (punctuation and symbols end a run:
 * 财政、货币 holds no pair 政货), a pair said twice in a unit counted once.
 *
 * Flat typed arrays and a hash table of its own rather than a Map and an
 * array per unit: this runs once per comparison, over up to both reports'
 * characters, in code that never warms up.
 */
export interface PairSets {
  /** Unit u's distinct pair ids: ids[start[u]] … ids[start[u + 1] - 1]. */
  start: Int32Array;
  ids: Int32Array;
  /** How many distinct pairs there are (ids run from 0 below it). */
  pairs: number;
  /** The units holding pair p, ascending: holders[holderStart[p]] … holders[holderStart[p + 1] - 1]. */
  holderStart: Int32Array;
  holders: Int32Array;
}

/**
 * The sets of some of the units (`members`, ascending), each pair weighted
 * by its inverse document frequency over those units, its holders those
 * members alone. Words miss a rewording that
 * jieba cut differently (`社会管理` / `社会治理`, `科技管理体制` / `科技体制`)
 * or whose one changed character makes another word (`全民健身运动` /
 * `全民健身活动`); the pairs of characters keep what the two wordings share.
 */
export interface PairVectors extends PairSets {
  /** Per pair id, its weight: idf squared, so that a sum over shared pairs is a dot product. */
  weight: Float64Array;
  /** Per unit, the length of its vector (members only). */
  norm: Float64Array;
  /** Per pair id, the weight of the unit `pairCosines` is comparing against, else 0. */
  spread: Float64Array;
}

/** Both reports' units as pair sets, OLD's units first, then NEW's: built once per comparison, for the matcher and the claims' pointers. */
export function unitPairSets(oldR: TokenizedReport, newR: TokenizedReport): PairSets {
  const keys: string[] = [];
  for (const u of oldR.units) keys.push(u.key);
  for (const u of newR.units) keys.push(u.key);
  return pairSets(keys);
}

export function pairSets(keys: readonly string[]): PairSets {
  let chars = 0;
  for (const key of keys) chars += key.length;
  // Open addressing, at most half full; a pair is two UTF-16 units in one
  // unsigned 32-bit code, never 0 (both are wording characters).
  let bits = 10;
  while (1 << bits < 2 * chars) bits++;
  const size = 1 << bits;
  const slotCode = new Uint32Array(size);
  const slotId = new Int32Array(size);
  // At most one pair per character: sized so, no array grows.
  const df = new Int32Array(chars);
  const lastUnit = new Int32Array(chars).fill(-1);
  const start = new Int32Array(keys.length + 1);
  const ids = new Int32Array(chars);
  let pairs = 0;
  let at = 0;
  for (let u = 0; u < keys.length; u++) {
    const key = keys[u];
    let prev = -1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (!isWording(c)) {
        prev = -1;
        continue;
      }
      if (prev >= 0) {
        const code = ((prev << 16) | c) >>> 0;
        let slot = Math.imul(code, 0x9e3779b1) >>> (32 - bits);
        while (slotCode[slot] !== 0 && slotCode[slot] !== code) slot = (slot + 1) & (size - 1);
        if (slotCode[slot] === 0) {
          slotCode[slot] = code;
          slotId[slot] = pairs++;
        }
        const id = slotId[slot];
        // A pair said twice in a unit counts once.
        if (lastUnit[id] !== u) {
          lastUnit[id] = u;
          df[id]++;
          ids[at++] = id;
        }
      }
      prev = c;
    }
    start[u + 1] = at;
  }
  // Each pair's holders, by counting sort: units come in order, so each list is ascending.
  const holderStart = new Int32Array(pairs + 1);
  for (let p = 0; p < pairs; p++) holderStart[p + 1] = holderStart[p] + df[p];
  const fill = holderStart.slice(0, pairs);
  const holders = new Int32Array(at);
  for (let u = 0; u < keys.length; u++) for (let k = start[u]; k < start[u + 1]; k++) holders[fill[ids[k]]++] = u;
  return { start, ids, pairs, holderStart, holders };
}

export function pairVectors(sets: PairSets, members: readonly number[]): PairVectors {
  const { start, ids, pairs } = sets;
  const df = new Int32Array(pairs);
  let held = 0;
  for (const u of members) {
    for (let k = start[u]; k < start[u + 1]; k++) df[ids[k]]++;
    held += start[u + 1] - start[u];
  }
  // Each pair's holders among the members alone, by counting sort, so that
  // a walk over them meets no other unit; members ascending, each list too.
  const holderStart = new Int32Array(pairs + 1);
  for (let p = 0; p < pairs; p++) holderStart[p + 1] = holderStart[p] + df[p];
  const fill = holderStart.slice(0, pairs);
  const holders = new Int32Array(held);
  for (const u of members) for (let k = start[u]; k < start[u + 1]; k++) holders[fill[ids[k]]++] = u;
  const weight = new Float64Array(pairs);
  for (let p = 0; p < pairs; p++) weight[p] = (Math.log((members.length + 1) / (df[p] + 1)) + 1) ** 2;
  const norm = new Float64Array(start.length - 1);
  for (const u of members) {
    let sq = 0;
    for (let k = start[u]; k < start[u + 1]; k++) sq += weight[ids[k]];
    norm[u] = Math.sqrt(sq);
  }
  return { start, ids, pairs, holderStart, holders, weight, norm, spread: new Float64Array(pairs) };
}

/**
 * The cosine of unit `b` with each of `others` (members of the vectors), 0
 * where it cannot reach `floor`: the dot product is at most the smaller
 * vector's squared length, so a unit of a very different length is skipped
 * without a look at its pairs. `b`'s weights are spread over one array for
 * the whole batch and cleared after it.
 */
export function pairCosines(v: PairVectors, b: number, others: readonly number[], floor: number): Float64Array {
  const { start, ids, weight, norm, spread } = v;
  const out = new Float64Array(others.length);
  if (norm[b] === 0) return out;
  for (let k = start[b]; k < start[b + 1]; k++) spread[ids[k]] = weight[ids[k]];
  for (let t = 0; t < others.length; t++) {
    const a = others[t];
    const small = Math.min(norm[a], norm[b]);
    const large = Math.max(norm[a], norm[b]);
    if (small === 0 || small < floor * large) continue;
    let dot = 0;
    for (let k = start[a]; k < start[a + 1]; k++) dot += spread[ids[k]];
    out[t] = dot / (small * large);
  }
  for (let k = start[b]; k < start[b + 1]; k++) spread[ids[k]] = 0;
  return out;
}
