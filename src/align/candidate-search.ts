/**
 * The candidate search of the matching: every OLD–NEW pair of units worth
 * scoring, found through the rarer terms they share, with the tests that
 * decide whether context could ever make it a link.
 */
import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { SectionAlignment } from './align-sections.js';
import { stableShape } from '../stable-shape.js';
import { NO_NEAREST, type NearestUnits, noteNearest } from './nearest-units.js';
import { MATCH } from './match-tunables.js';
import { type BareKeys, type PackedTerms, type TermIndex, similarity } from './term-index.js';
import { moodsClash } from './clause-mood.js';

export interface Candidate {
  o: number;
  n: number;
  sim: number;
  rare: boolean;
  unique: boolean;
  /** Shares at least one word that is not boilerplate (see segment/terms.ts). */
  content: boolean;
  /** Unanchored, but worded nearly alike (`charDice`): enough within aligned sections. */
  alike: boolean;
  /** A heading and a clause: kept apart from every pass but the last (`MATCH.crossKindSimilarity`). */
  crossKind?: boolean;
}

/**
 * Candidate pairs between the OLD units not in `skip.o` and the NEW units
 * not in `skip.n`, with a similarity of at least `floor` (by default the
 * least that context bonuses can still lift to a match).
 */
export function candidates(
  ix: TermIndex,
  skip: { o: Set<number>; n: Set<number> },
  floor = Math.max(MATCH.minSimilarity, MATCH.minScore - MATCH.sectionBonus - MATCH.neighbourBonus - MATCH.uniqueBonus),
  places: Places,
  unanchored: boolean,
  nearest: NearestUnits = NO_NEAREST,
  loose: Candidate[] = [],
): Candidate[] {
  const { oldT, newT, isRare } = ix;
  // Indexed loops below, not forEach/for-of: this is the hot loop of a cold run.
  const nOld = oldT.total.length;
  const nNames = ix.size;
  // Postings of the rarer terms with the old unit's factor for the term, packed like the terms.
  const start = new Int32Array(nNames + 1);
  for (let i = 0; i < nOld; i++) {
    if (skip.o.has(i)) continue;
    for (let k = oldT.start[i]; k < oldT.start[i + 1]; k++) if (isRare[oldT.ids[k]] === 1) start[oldT.ids[k] + 1]++;
  }
  for (let t = 0; t < nNames; t++) start[t + 1] += start[t];
  const postI = new Int32Array(start[nNames]);
  const postF = new Float64Array(start[nNames]);
  const fill = start.slice(0, nNames);
  for (let i = 0; i < nOld; i++) {
    if (skip.o.has(i)) continue;
    for (let k = oldT.start[i]; k < oldT.start[i + 1]; k++) {
      const t = oldT.ids[k];
      if (isRare[t] === 0) continue;
      const at = fill[t]++;
      postI[at] = i;
      postF[at] = oldT.factor[k];
    }
  }
  const scan: Scan = stableShape(ScanState, {
    oldT,
    newT,
    weight: ix.weight,
    noAnchor: ix.noAnchor,
    boiler: ix.boiler,
    unique: ix.unique,
    postStart: start,
    postI,
    postF,
    inNew: new Int32Array(nNames).fill(-1),
    newFactor: new Float64Array(nNames),
    seen: new Int32Array(nOld).fill(-1),
    rareShared: new Float64Array(nOld),
    order: new Int32Array(nOld),
    floor,
    out: [],
    loose,
    oldKey: ix.oldKey,
    newKey: ix.newKey,
    lcsRow: new Int32Array(256),
    places,
    unanchored,
    nearest,
  });
  for (let j = 0; j < newT.total.length; j++) if (!skip.n.has(j)) scanNewUnit(scan, j);
  return scan.out;
}

/**
 * What the candidate search works on, in flat arrays. The search runs
 * scanNewUnit once per NEW unit rather than as one long loop, so V8
 * optimises that small function after a few calls and keeps it for the next
 * pair of a series; a long loop inside one call is optimised late and anew
 * in every call.
 */
interface Scan {
  oldT: PackedTerms;
  newT: PackedTerms;
  weight: Float64Array;
  /** Terms that weigh but anchor no link (term-index.ts). */
  noAnchor: Uint8Array;
  boiler: Uint8Array;
  unique: Uint8Array;
  /** Postings of the rare terms: old units `postI[postStart[t]]…` with their factors in `postF`. */
  postStart: Int32Array;
  postI: Int32Array;
  postF: Float64Array;
  /** Scratch, reset per NEW unit by marking with its index. */
  inNew: Int32Array;
  newFactor: Float64Array;
  seen: Int32Array;
  rareShared: Float64Array;
  /** The old units met, in order (a JS array emptied per NEW unit was reallocated as it grew: ≈8 MB of a 10-report series). */
  order: Int32Array;
  floor: number;
  out: Candidate[];
  /** Pairs with content words and no anchor, from `MATCH.runSimilarity`, for `sharedRunLinks` alone. */
  loose: Candidate[];
  /** Units' keys with punctuation dropped, for `charDice`, and its scratch row. */
  oldKey: BareKeys;
  newKey: BareKeys;
  lcsRow: Int32Array;
  /** Where units sit, for the unanchored pairs, which only aligned sections can back. */
  places: Places;
  /**
   * False for the searches that want no unanchored pairs (repeats). They get
   * the same `places` all the same: a different object there (an empty one,
   * or null) made V8 drop the optimised scan, which cost a cold run ≈15 ms.
   */
  unanchored: boolean;
  /** Filled on the way by the first search (`NearestUnits`); the others get one with no room, for the same reason. */
  nearest: NearestUnits;
}

/** A stable shape for scans (see stableShape): as a literal, V8 dropped the optimised scanNewUnit at the first repeat search (a cold `diff` ≈7–10 ms slower). */
class ScanState {}

/** Each OLD unit's section, and for each NEW unit the OLD sections aligned with its own. */
export interface Places {
  oldSection: Int32Array;
  newAligned: Array<ReadonlySet<number> | undefined>;
}

export function places(oldR: TokenizedReport, newR: TokenizedReport, alignment: SectionAlignment): Places {
  const oldSection = new Int32Array(oldR.units.length);
  for (let i = 0; i < oldR.units.length; i++) oldSection[i] = oldR.units[i].unit.sectionId;
  // A loop, not `map`: an array from `map` is packed or holey as `map` ran
  // optimised or not, and the search compiled for one was dropped at the other.
  const newAligned: Places['newAligned'] = [];
  for (let j = 0; j < newR.units.length; j++) newAligned.push(alignment.oldFor.get(newR.units[j].unit.sectionId));
  return stableShape(PlacesShape, { oldSection, newAligned });
}

class PlacesShape {}

/**
 * Dice over characters by their longest common subsequence: the share of two
 * clauses' wording kept in order. `今年经济社会发展的主要预期目标是` keeps all
 * of itself in `今年国民经济和社会发展的主要预期目标是`, whose shared words are
 * all genre words (预期, 目标), so no one of them anchors the pair.
 */
export function charDice(a: string, b: string, row: Int32Array): number {
  // Clauses past the scratch row's 255 characters are never called alike: the test costs a × b steps.
  if (!a.length || !b.length || b.length + 1 > row.length) return 0;
  row.fill(0, 0, b.length + 1);
  for (let x = 0; x < a.length; x++) {
    let diag = 0;
    const ca = a.charCodeAt(x);
    for (let y = 1; y <= b.length; y++) {
      const up = row[y];
      row[y] = ca === b.charCodeAt(y - 1) ? diag + 1 : Math.max(up, row[y - 1]);
      diag = up;
    }
  }
  return (2 * row[b.length]) / (a.length + b.length);
}

/**
 * For an unanchored pair whose words are all common: null when it is no
 * candidate, else whether it is worded alike (`charDice`). Only aligned
 * sections can back such a pair, by its wording or, as a leftover, by its
 * place. Kept out of `scanNewUnit`, whose size decides how soon V8
 * optimises it in a one-shot run (inline, this cost a cold `diff` ≈20 ms).
 */
function unanchoredKept(s: Scan, i: number, j: number, sim: number): boolean | null {
  if (sim < MATCH.alikeSimilarity || s.places.newAligned[j]?.has(s.places.oldSection[i]) !== true) return null;
  const alike = charDice(s.oldKey.get(i), s.newKey.get(j), s.lcsRow) >= MATCH.alikeChars;
  return alike || sim >= MATCH.leftoverSimilarity ? alike : null;
}

/** Keeps an unanchored pair for `sharedRunLinks`; out of `scanNewUnit` for the reason `unanchoredKept` is. */
function keepLoose(s: Scan, i: number, j: number, sim: number, crossKind: boolean): void {
  s.loose.push({ o: i, n: j, sim, rare: false, unique: false, content: true, alike: false, crossKind });
}

/** Adds the candidates of NEW unit `j` to `s.out`. */
function scanNewUnit(s: Scan, j: number): void {
  const { oldT, newT, weight, inNew, newFactor, seen, rareShared, order, postStart, postI, postF } = s;
  const from = newT.start[j];
  const to = newT.start[j + 1];
  const nw = newT.total[j];
  const newCommon = newT.common[j];
  const kind = newT.kind[j];
  for (let k = from; k < to; k++) {
    inNew[newT.ids[k]] = j;
    newFactor[newT.ids[k]] = newT.factor[k];
  }
  // First what each old unit shares in rare terms, in the order the units are met.
  let met = 0;
  for (let q = from; q < to; q++) {
    const t = newT.ids[q];
    for (let p = postStart[t]; p < postStart[t + 1]; p++) {
      const i = postI[p];
      if (seen[i] !== j) {
        seen[i] = j;
        rareShared[i] = 0;
        order[met++] = i;
      }
      rareShared[i] += weight[t] * Math.min(postF[p], newT.factor[q]);
    }
  }
  for (let p = 0; p < met; p++) {
    const i = order[p];
    const crossKind = oldT.kind[i] !== kind;
    const ow = oldT.total[i];
    // The most the pair can share: its rare terms' share plus all common terms,
    // and never more than the lighter side. Below the floor even then, skip it
    // (the margin absorbs rounding, so no pair that reaches the floor is lost).
    const most = Math.min(rareShared[i] + Math.min(oldT.common[i], newCommon), ow, nw);
    if (similarity(most, ow, nw) < (crossKind ? MATCH.crossKindSimilarity : s.floor) - 1e-9) continue;
    let shared = 0;
    let strongest = 0;
    let unique = false;
    let content = false;
    let count = 0;
    for (let k = oldT.start[i]; k < oldT.start[i + 1]; k++) {
      const ot = oldT.ids[k];
      if (inNew[ot] !== j) continue;
      count++;
      const factor = Math.min(oldT.factor[k], newFactor[ot]);
      const strength = weight[ot] * factor;
      shared += strength;
      if (strength > strongest && s.noAnchor[ot] === 0) strongest = strength;
      if (s.boiler[ot] === 0) content = true;
      // A sub-word is never the unique anchor: 高标准 inside two different phrases names nothing.
      if (s.unique[ot] === 1 && factor === 1) unique = true;
    }
    const sim = similarity(shared, ow, nw);
    if (sim < s.floor) continue;
    if (s.nearest.k > 0 && !crossKind) noteNearest(s.nearest, i, j, sim);
    if (crossKind && sim < MATCH.crossKindSimilarity) continue;
    // Still each other's nearest above, where a reader checks a claim; never a link.
    if (moodsClash(oldT.mood[i], newT.mood[j])) continue;
    // Boilerplate words only, but nearly all of them in both: the same stock clause, not a look-alike.
    if (!content && count >= MATCH.copyTerms && sim >= MATCH.copySimilarity) content = true;
    const anchored = unique || strongest >= MATCH.rareWeight;
    // A pair that no context bonus can make acceptable (see `accept` in matchUnits) is no candidate.
    let alike = false;
    if (!anchored && !(content && sim >= MATCH.strongScore)) {
      if (content && s.unanchored && sim >= MATCH.runSimilarity) keepLoose(s, i, j, sim, crossKind);
      const kept = content && s.unanchored ? unanchoredKept(s, i, j, sim) : null;
      if (kept === null) continue;
      alike = kept;
    }
    s.out.push({ o: i, n: j, sim, rare: anchored, unique, content, alike, crossKind });
  }
}
