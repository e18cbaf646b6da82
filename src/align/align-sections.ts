import type { Section, SectionPair } from '../report.js';
import type { TokenizedReport } from '../segment/tokenize-report.js';
import { compareKey } from '../ingest/normalize.js';
import { isTerm } from '../segment/terms.js';
import { termWeights, type TermWeights } from './term-weights.js';

/** Section pairs by theme, with a lookup from a NEW section to its OLD partners. */
export interface SectionAlignment {
  pairs: SectionPair[];
  /** NEW section id → OLD section ids aligned with it (several when sections merged). */
  oldFor: Map<number, Set<number>>;
  /** OLD section id → NEW section ids aligned with it (several when a section was split). */
  newFor: Map<number, Set<number>>;
}

/**
 * Below this cosine two sections share only the report's common vocabulary.
 * Set from the quality benchmark (renamed and reordered sections still score
 * well above it; unrelated sections of one report sit around 0.05–0.12).
 */
export const SECTION_MIN_SIMILARITY = 0.18;
/**
 * A review section and a plan section share their theme words (the 2025
 * review reports on what the 2024 plan promised), so across parts a section
 * needs a clearly better match before it pairs with the other kind.
 */
const CROSS_PART_FACTOR = 0.7;
/**
 * A `（一）` section pairs with a `一、` part only when nothing of its own
 * level fits better: levels do change between years, but rarely.
 */
const CROSS_LEVEL_FACTOR = 0.8;
/** Heading terms count this many times over body terms: a heading names the theme. */
const HEADING_WEIGHT = 3;

type TermMap = Map<string, number>;

/**
 * A section's weighted terms as term ids, in the order they were first
 * seen, plus the same vector spread over all ids (0 where absent), so a
 * cosine is a walk over the smaller side with array lookups into the
 * larger one instead of string-keyed map lookups.
 */
interface Vec {
  ids: Int32Array;
  vals: Float64Array;
  dense: Float64Array;
  norm: number;
}

/** Sections that hold units directly: the ones changes are filed under. */
function filedSections(r: TokenizedReport): Section[] {
  const used = new Set(r.units.map((u) => u.unit.sectionId));
  return r.report.sections.filter((s) => used.has(s.id));
}

function sectionTerms(r: TokenizedReport, weight: (t: string) => number): Map<number, TermMap> {
  const vecs = new Map<number, TermMap>();
  const filed = filedSections(r);
  for (const s of filed) vecs.set(s.id, new Map());
  for (const u of r.units) {
    const v = vecs.get(u.unit.sectionId)!;
    const boost = u.unit.kind === 'heading' ? HEADING_WEIGHT : 1;
    for (const t of u.terms) v.set(t, (v.get(t) ?? 0) + boost * weight(t));
  }
  for (const s of filed) {
    // Parent headings name the theme too (a `（三）` under `2025年政府工作任务`).
    const v = vecs.get(s.id)!;
    for (const h of s.path.slice(0, -1)) {
      for (const t of h.split(/[，、；\s]/)) {
        const k = compareKey(t);
        if (k && isTerm(k)) v.set(k, (v.get(k) ?? 0) + weight(k));
      }
    }
  }
  return vecs;
}

/** Both reports' section term maps as vectors over one id space. */
function toVectors(maps: Array<Map<number, TermMap>>): Array<Map<number, Vec>> {
  const ids = new Map<string, number>();
  for (const m of maps) for (const v of m.values()) for (const t of v.keys()) if (!ids.has(t)) ids.set(t, ids.size);
  return maps.map((m) => {
    const out = new Map<number, Vec>();
    for (const [sid, v] of m) {
      const vec: Vec = { ids: new Int32Array(v.size), vals: new Float64Array(v.size), dense: new Float64Array(ids.size), norm: 0 };
      let k = 0;
      let n = 0;
      for (const [t, x] of v) {
        const id = ids.get(t)!;
        vec.ids[k] = id;
        vec.vals[k++] = x;
        vec.dense[id] = x;
        n += x * x;
      }
      vec.norm = Math.sqrt(n);
      out.set(sid, vec);
    }
    return out;
  });
}

/** Cosine of two vectors, walking the smaller one. */
function cosine(a: Vec, b: Vec): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) dot += small.vals[k] * large.dense[small.ids[k]];
  return dot / (a.norm * b.norm);
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
  const weight = (t: string) => w.weight(t);
  const [oldVecs, newVecs] = toVectors([sectionTerms(oldR, weight), sectionTerms(newR, weight)]);
  const oldById = new Map(oldR.report.sections.map((s) => [s.id, s]));
  const newById = new Map(newR.report.sections.map((s) => [s.id, s]));

  const sim = new Map<number, Map<number, number>>();
  for (const [nid, nv] of newVecs) {
    const row = new Map<number, number>();
    const np = newById.get(nid)!.part;
    for (const [oid, ov] of oldVecs) {
      const op = oldById.get(oid)!.part;
      const levelFactor = oldById.get(oid)!.level === newById.get(nid)!.level ? 1 : CROSS_LEVEL_FACTOR;
      row.set(oid, cosine(ov, nv) * (op === np ? 1 : CROSS_PART_FACTOR) * levelFactor);
    }
    sim.set(nid, row);
  }

  const oldFor = new Map<number, Set<number>>();
  const newFor = new Map<number, Set<number>>();
  const links: Array<{ oid: number; nid: number; s: number }> = [];
  // Best pairs first, one to one: a section that is the best match of two
  // others goes to the closer one, and the other finds its next best.
  const all: Array<{ oid: number; nid: number; s: number }> = [];
  for (const [nid, row] of sim) for (const [oid, s] of row) if (s >= SECTION_MIN_SIMILARITY) all.push({ oid, nid, s });
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
    if (best >= 0 && bestS >= SECTION_MIN_SIMILARITY) {
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
    if (best >= 0 && bestS >= SECTION_MIN_SIMILARITY) {
      links.push({ oid: best, nid, s: bestS });
      addLink(oldFor, nid, best);
      addLink(newFor, best, nid);
    }
  }

  const round = (x: number) => Math.round(x * 1000) / 1000;
  const pairs: SectionPair[] = [];
  const byNew = [...newVecs.keys()].sort((a, b) => a - b);
  const unpairedOld = [...oldVecs.keys()].filter((o) => !newFor.has(o)).sort((a, b) => a - b);
  let lastOld = -1;
  for (const nid of byNew) {
    const mine = links.filter((l) => l.nid === nid).sort((a, b) => a.oid - b.oid);
    for (const l of mine) {
      while (unpairedOld.length && unpairedOld[0] < l.oid && unpairedOld[0] > lastOld) {
        const oid = unpairedOld.shift()!;
        pairs.push({ old: oldById.get(oid)!.path, new: null, oldId: oid, newId: null, similarity: 0 });
      }
      pairs.push({ old: oldById.get(l.oid)!.path, new: newById.get(nid)!.path, oldId: l.oid, newId: nid, similarity: round(l.s) });
      lastOld = Math.max(lastOld, l.oid);
    }
    if (mine.length === 0) pairs.push({ old: null, new: newById.get(nid)!.path, oldId: null, newId: nid, similarity: 0 });
  }
  for (const oid of unpairedOld) pairs.push({ old: oldById.get(oid)!.path, new: null, oldId: oid, newId: null, similarity: 0 });
  return { pairs, oldFor, newFor };
}
