import type { Section, SectionPair } from '../report.js';
import type { TokenizedReport } from '../segment/tokenize-report.js';
import { compareKey } from '../ingest/normalize.js';
import { isTerm } from '../segment/terms.js';
import { termWeights, type TermWeights } from './term-weights.js';
import { internTerms, termCount } from '../segment/term-ids.js';
import { stableShape } from '../stable-shape.js';
import { crossesParts } from './cross-part.js';
import { CLOSING_TEXT, isClosingText } from './closing-text.js';

/** Section pairs by theme, with a lookup from a NEW section to its OLD partners. */
export interface SectionAlignment {
  pairs: SectionPair[];
  /** NEW section id → OLD section ids aligned with it (several when sections merged). */
  oldFor: Map<number, Set<number>>;
  /** OLD section id → NEW section ids aligned with it (several when a section was split). */
  newFor: Map<number, Set<number>>;
}

/**
 * Tunables of the section alignment, each set from the quality benchmark
 * (`npm run bench:quality`; `npm run bench:sweep` moves them one at a time).
 */
export const ALIGN = {
  /**
   * Below this cosine two sections share only the report's common vocabulary
   * (renamed and reordered sections still score well above it; unrelated
   * sections of one report sit around 0.05–0.12).
   */
  minSimilarity: 0.18,
  /**
   * A review section and a plan section share their theme words (the 2025
   * review reports on what the 2024 plan promised), so across parts a section
   * needs a clearly better match before it pairs with the other kind.
   */
  crossPartFactor: 0.7,
  /**
   * A `（一）` section pairs with a `一、` part only when nothing of its own
   * level fits better: levels do change between years, but rarely.
   */
  crossLevelFactor: 0.8,
  /**
   * A subsection pairs more readily with one under the OLD section its NEW
   * parent matches best: the plans' sections go with each other before a
   * review's. Without the closing paragraphs both 民生 sections used to end
   * with, 2024's plan `切实保障和改善民生，加强和创新社会治理` otherwise paired
   * with 2023's five-year review `切实保障和改善民生，加快社会事业发展`
   * (0.463 × the cross-part 0.7 = 0.324) over 2023's plan `保障基本民生和发展
   * 社会事业` (0.323), and that pair's 民生 links were moves.
   */
  parentFactor: 1.1,
  /** Heading terms count this many times over body terms: a heading names the theme. */
  headingWeight: 3,
};

/**
 * A section's weighted terms as dimensions (term ids numbered for one
 * alignment), in the order they were first seen, with their weights.
 * Sparse: a dense vector per section (sections × every term of both
 * reports, ≈0.7 MB per report) was memory touched for the first time at
 * every comparison, which costs more here than the arithmetic.
 */
interface Vec {
  ids: Int32Array;
  vals: Float64Array;
  norm: number;
}

/** Sections that hold units directly: the ones changes are filed under. */
function filedSections(r: TokenizedReport): Section[] {
  const used = new Set(r.units.map((u) => u.unit.sectionId));
  return r.report.sections.filter((s) => used.has(s.id));
}

/** The terms of a section's parent headings: they name its theme too (a `（三）` under `2025年政府工作任务`). */
function parentHeadingTerms(s: Section): string[] {
  const out: string[] = [];
  for (const h of s.path.slice(0, -1)) {
    for (const t of h.split(/[，、；\s]/)) {
      const k = compareKey(t);
      if (k && isTerm(k)) out.push(k);
    }
  }
  return out;
}

/**
 * Every filed section of both reports as a term vector over one id space:
 * the sum of its units' term weights (headings count `ALIGN.headingWeight` times)
 * plus its parent headings' terms, summed section by section in one
 * scratch vector. Plain indexed loops and flat arrays: in a one-shot CLI
 * this runs once, before the JIT has warmed up.
 */
function sectionVectors(reports: TokenizedReport[], w: TermWeights, scratch: Scratch): Array<Map<number, Vec>> {
  const parents = reports.map((r) => filedSections(r).map((s) => ({ id: s.id, parents: internTerms(parentHeadingTerms(s)) })));
  // Dimensions numbered in the order terms are first seen, over both reports.
  const space: TermSpace = stableShape(TermSpaceShape, { dimOf: new Int32Array(termCount()).fill(-1), termWeight: new Float64Array(termCount()), dims: 0, w });
  reports.forEach((r, i) => {
    for (let u = 0; u < r.units.length; u++) numberDims(space, r.units[u].termIds);
    for (const s of parents[i]) numberDims(space, s.parents);
  });
  const termWeight = space.termWeight.subarray(0, space.dims);
  const { dimOf } = space;
  scratch.grow(space.dims);
  return reports.map((r, ri) => {
    const filed = parents[ri];
    const units = unitsBySection(r, filed);
    const out = new Map<number, Vec>();
    for (let k = 0; k < filed.length; k++) {
      const acc: Acc = { dense: scratch.dense, seen: scratch.seen, order: [] };
      for (let i = units.start[k]; i < units.start[k + 1]; i++) {
        const u = r.units[units.order[i]];
        addTerms(acc, u.termIds, dimOf, u.unit.kind === 'heading' ? ALIGN.headingWeight : 1, termWeight);
      }
      addTerms(acc, filed[k].parents, dimOf, 1, termWeight);
      out.set(filed[k].id, takeVec(acc));
    }
    return out;
  });
}

/**
 * A report's unit indices grouped by filed section (section k's are
 * order[start[k]] … order[start[k + 1] - 1]), in reading order within each,
 * so that a section's sums add up in the same order as over the whole report.
 */
function unitsBySection(r: TokenizedReport, filed: { id: number }[]): { order: Int32Array; start: Int32Array } {
  const slot = new Map<number, number>();
  filed.forEach((s, k) => slot.set(s.id, k));
  const start = new Int32Array(filed.length + 1);
  for (let i = 0; i < r.units.length; i++) start[slot.get(r.units[i].unit.sectionId)! + 1]++;
  for (let k = 0; k < filed.length; k++) start[k + 1] += start[k];
  const fill = start.slice(0, filed.length);
  const order = new Int32Array(r.units.length);
  for (let i = 0; i < r.units.length; i++) order[fill[slot.get(r.units[i].unit.sectionId)!]++] = i;
  return { order, start };
}

/** The accumulated vector as a sparse Vec; the scratch is left all zero for the next section. */
function takeVec(a: Acc): Vec {
  const vec: Vec = { ids: Int32Array.from(a.order), vals: new Float64Array(a.order.length), norm: 0 };
  let n = 0;
  for (let k = 0; k < a.order.length; k++) {
    const id = a.order[k];
    const x = a.dense[id];
    vec.vals[k] = x;
    n += x * x;
    a.dense[id] = 0;
    a.seen[id] = 0;
  }
  vec.norm = Math.sqrt(n);
  return vec;
}

/**
 * The dimensions of one alignment: term number → dimension, and each
 * dimension's weight. The helpers below are small functions called once per
 * unit, not loops inside sectionVectors: V8 optimises a function after a
 * few calls, while a long loop inside a function called once runs
 * unoptimised for much of a one-shot CLI run.
 */
interface TermSpace {
  dimOf: Int32Array;
  /**
   * Each dimension's weight, the first `dims` of them set. A typed array
   * sized for every term, not a growing array: a JS array of numbers holds
   * small integers or doubles as its first values do, and the numbering
   * compiled for one was dropped at the next pair of a series.
   */
  termWeight: Float64Array;
  dims: number;
  w: TermWeights;
}
class TermSpaceShape {}

/** A section's running vector: sums in the shared scratch, which dimensions are set, in first-seen order. */
type Acc = { dense: Float64Array; seen: Uint8Array; order: number[] };

/**
 * One dense vector and its flags, reused for every section of a process
 * (each left all zero after use) and grown as the term count grows.
 */
interface Scratch {
  dense: Float64Array;
  seen: Uint8Array;
  grow(size: number): void;
}
const scratch: Scratch = {
  dense: new Float64Array(0),
  seen: new Uint8Array(0),
  grow(size: number) {
    if (this.dense.length >= size) return;
    this.dense = new Float64Array(size);
    this.seen = new Uint8Array(size);
  },
};

/** Gives the terms without a dimension yet the next ones. */
function numberDims(space: TermSpace, ids: Int32Array): void {
  for (let k = 0; k < ids.length; k++) {
    if (space.dimOf[ids[k]] !== -1) continue;
    space.dimOf[ids[k]] = space.dims;
    space.termWeight[space.dims++] = space.w.weight(ids[k]);
  }
}

/** Adds terms (term numbers, looked up in `dimOf`) to a section's vector. */
function addTerms(a: Acc, ids: Int32Array, dimOf: Int32Array, boost: number, termWeight: Float64Array): void {
  for (let k = 0; k < ids.length; k++) {
    const id = dimOf[ids[k]];
    if (!a.seen[id]) {
      a.seen[id] = 1;
      a.order.push(id);
    }
    a.dense[id] += boost * termWeight[id];
  }
}

/**
 * Cosines of every OLD section with every NEW one (rows by NEW section, in
 * the order of both maps), each summed over the smaller vector in its own
 * order against the larger one spread out in the scratch: one side's
 * sections are spread in turn, and each is met by the other side's sections
 * smaller than it.
 */
function cosines(oldVecs: Map<number, Vec>, newVecs: Map<number, Vec>, dense: Float64Array): Map<number, Map<number, number>> {
  const olds = [...oldVecs.values()];
  const news = [...newVecs.values()];
  const dot = new Float64Array(olds.length * news.length);
  for (let o = 0; o < olds.length; o++) {
    spread(olds[o], dense, true);
    for (let n = 0; n < news.length; n++) if (news[n].ids.length < olds[o].ids.length) dot[n * olds.length + o] = dotWith(news[n], dense);
    spread(olds[o], dense, false);
  }
  for (let n = 0; n < news.length; n++) {
    spread(news[n], dense, true);
    for (let o = 0; o < olds.length; o++) if (olds[o].ids.length <= news[n].ids.length) dot[n * olds.length + o] = dotWith(olds[o], dense);
    spread(news[n], dense, false);
  }
  const out = new Map<number, Map<number, number>>();
  let n = 0;
  for (const [nid, nv] of newVecs) {
    const row = new Map<number, number>();
    let o = 0;
    for (const [oid, ov] of oldVecs) {
      row.set(oid, !ov.norm || !nv.norm ? 0 : dot[n * olds.length + o] / (ov.norm * nv.norm));
      o++;
    }
    out.set(nid, row);
    n++;
  }
  return out;
}

/** Sets (or clears) a vector's values in the dense scratch. */
function spread(v: Vec, dense: Float64Array, on: boolean): void {
  for (let k = 0; k < v.ids.length; k++) dense[v.ids[k]] = on ? v.vals[k] : 0;
}

/** A vector's dot product with the one spread in the scratch. */
function dotWith(v: Vec, dense: Float64Array): number {
  let dot = 0;
  for (let k = 0; k < v.ids.length; k++) dot += v.vals[k] * dense[v.ids[k]];
  return dot;
}

function addLink(map: Map<number, Set<number>>, from: number, to: number): void {
  let s = map.get(from);
  if (!s) map.set(from, (s = new Set()));
  s.add(to);
}

/**
 * Aligns sections by what they talk about, never by number or position:
 * each NEW section takes its most similar OLD section, and an OLD section
 * left over joins the NEW section it is most similar to (a merge), so
 * reordered, renumbered, renamed, merged and split sections all pair up.
 */
export function alignSections(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights = termWeights(oldR, newR)): SectionAlignment {
  const [oldVecs, newVecs] = sectionVectors([oldR, newR], w, scratch);
  const oldById = new Map(oldR.report.sections.map((s) => [s.id, s]));
  const newById = new Map(newR.report.sections.map((s) => [s.id, s]));

  const sim = cosines(oldVecs, newVecs, scratch.dense);
  for (const [nid, row] of sim) {
    const np = newById.get(nid)!.part;
    for (const [oid, c] of row) {
      // With a plan against a review throughout (`2024.txt#plan` against
      // `2025.txt#review`), the factor only pushed pairs below the floor: 4
      // of 16 sections aligned, `切实保障和改善民生` / `积极发展社会事业，增进民生福祉` not.
      const crossPart = crossesParts(oldR.report, newR.report, oldById.get(oid)!.part, np);
      const levelFactor = oldById.get(oid)!.level === newById.get(nid)!.level ? 1 : ALIGN.crossLevelFactor;
      row.set(oid, c * (crossPart ? ALIGN.crossPartFactor : 1) * levelFactor);
    }
  }

  // Subsections under the OLD section their NEW parent matches best weigh more (`ALIGN.parentFactor`).
  const bestOldOf = new Map<number, number>();
  for (const [nid, row] of sim) {
    let best = -1;
    let bestS = 0;
    for (const [oid, c] of row) if (c > bestS) [best, bestS] = [oid, c];
    bestOldOf.set(nid, best);
  }
  for (const [nid, row] of sim) {
    const pn = newById.get(nid)!.parentId;
    if (!pn) continue;
    const want = bestOldOf.get(pn);
    if (want === undefined || want < 0) continue;
    for (const [oid, c] of row) if (oldById.get(oid)!.parentId === want) row.set(oid, c * ALIGN.parentFactor);
  }

  const oldFor = new Map<number, Set<number>>();
  const newFor = new Map<number, Set<number>>();
  const links: Array<{ oid: number; nid: number; s: number }> = [];
  // Best pairs first, one to one: a section that is the best match of two
  // others goes to the closer one, and the other finds its next best.
  const all: Array<{ oid: number; nid: number; s: number }> = [];
  // Two texts with no heading (two paragraphs pasted from two reports) are each one section: they
  // are compared as wholes, or every link between them would read as moved.
  const wholes = oldVecs.size === 1 && newVecs.size === 1;
  for (const [nid, row] of sim) for (const [oid, s] of row) if (s >= ALIGN.minSimilarity || wholes) all.push({ oid, nid, s });
  all.sort((a, b) => b.s - a.s || a.nid - b.nid || a.oid - b.oid);
  for (const l of all) {
    if (oldFor.has(l.nid) || newFor.has(l.oid)) continue;
    links.push(l);
    addLink(oldFor, l.nid, l.oid);
    addLink(newFor, l.oid, l.nid);
  }
  for (const oid of oldVecs.keys()) {
    if (newFor.has(oid)) continue;
    let best = -1;
    let bestS = 0;
    for (const [nid, row] of sim) {
      const s = row.get(oid) ?? 0;
      if (s > bestS) [best, bestS] = [nid, s];
    }
    if (best >= 0 && bestS >= ALIGN.minSimilarity) {
      links.push({ oid, nid: best, s: bestS });
      addLink(oldFor, best, oid);
      addLink(newFor, oid, best);
    }
  }
  // And a NEW section left over takes its best OLD section: a split (2023's
  // 依靠创新引领产业升级，增强城乡区域发展新动能 became two sections in 2025).
  for (const [nid, row] of sim) {
    if (oldFor.has(nid)) continue;
    let best = -1;
    let bestS = 0;
    for (const [oid, s] of row) if (s > bestS) [best, bestS] = [oid, s];
    if (best >= 0 && bestS >= ALIGN.minSimilarity) {
      links.push({ oid: best, nid, s: bestS });
      addLink(oldFor, nid, best);
      addLink(newFor, best, nid);
    }
  }

  const round = (x: number) => Math.round(x * 1000) / 1000;
  const label = (r: TokenizedReport, byId: Map<number, Section>, id: number) => {
    const path = byId.get(id)!.path;
    return isClosingText(r.report.sections, id) ? [...path, CLOSING_TEXT] : path;
  };
  const oldPath = (id: number) => label(oldR, oldById, id);
  const newPath = (id: number) => label(newR, newById, id);
  const pairs: SectionPair[] = [];
  const byNew = [...newVecs.keys()].sort((a, b) => a - b);
  const unpairedOld = [...oldVecs.keys()].filter((o) => !newFor.has(o)).sort((a, b) => a - b);
  let lastOld = -1;
  for (const nid of byNew) {
    const mine = links.filter((l) => l.nid === nid).sort((a, b) => a.oid - b.oid);
    for (const l of mine) {
      while (unpairedOld.length && unpairedOld[0] < l.oid && unpairedOld[0] > lastOld) {
        const oid = unpairedOld.shift()!;
        pairs.push({ old: oldPath(oid), new: null, oldId: oid, newId: null, similarity: 0 });
      }
      pairs.push({ old: oldPath(l.oid), new: newPath(nid), oldId: l.oid, newId: nid, similarity: round(l.s) });
      lastOld = Math.max(lastOld, l.oid);
    }
    if (mine.length === 0) pairs.push({ old: null, new: newPath(nid), oldId: null, newId: nid, similarity: 0 });
  }
  for (const oid of unpairedOld) pairs.push({ old: oldPath(oid), new: null, oldId: oid, newId: null, similarity: 0 });
  return { pairs, oldFor, newFor };
}
