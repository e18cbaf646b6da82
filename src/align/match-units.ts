import type { TokenizedReport, TokenizedUnit } from '../segment/tokenize-report.js';
import type { SectionAlignment } from './align-sections.js';
import { termWeights, type TermWeights } from './term-weights.js';

/** A matched pair of units: indexes into the two reports' `units`. */
export interface UnitMatch {
  old: number;
  new: number;
  /** 1 for identical keys, else the similarity that won the pair. */
  score: number;
  exact: boolean;
  /** Rare terms both share, strongest first: the evidence shown to the reader. */
  shared: string[];
}

/**
 * Tunables, each set from the quality benchmark (`npm run bench:quality`).
 * A pair needs `minScore` after context bonuses; below `strongScore` it also
 * needs a shared term at least `rareWeight` heavy, so that two clauses that
 * share only 加强/完善/机制 never link.
 */
export const MATCH = {
  minScore: 0.5,
  strongScore: 0.72,
  rareWeight: 4.5,
  /** Bonus when the pair sits in sections aligned with each other. */
  sectionBonus: 0.15,
  /** Bonus when a neighbouring unit is matched to the partner's neighbour. */
  neighbourBonus: 0.12,
  /** Bonus when the pair shares a term found in no other unit of either report. */
  uniqueBonus: 0.15,
  /** Terms used by more than this share of units are not used to find candidates (still scored). */
  candidateMaxDf: 0.04,
  /** Containment counts only for a shorter side at least this heavy (≈ three rare terms)… */
  containMinWeight: 15,
  /** …of which at least this share is found in the longer side. */
  containMin: 0.8,
};

interface Candidate {
  o: number;
  n: number;
  sim: number;
  shared: string[];
  rare: boolean;
  unique: boolean;
}

function unitWeight(u: TokenizedUnit, w: TermWeights): number {
  let s = 0;
  for (const t of u.terms) s += w.weight(t);
  return s;
}

/**
 * Weighted Dice over terms. A unit that is a reworded part of a longer one
 * (a clause absorbed into a bigger clause) also counts, but only when the
 * shorter side is substantial and nearly all of it is shared: containment of
 * a short unit is how look-alikes such as “加大保障性住房建设和供给” /
 * “拓宽保障性住房再贷款使用范围” would sneak in.
 */
function similarity(shared: number, wa: number, wb: number): number {
  if (!shared) return 0;
  const dice = (2 * shared) / (wa + wb);
  const small = Math.min(wa, wb);
  const contain = shared / small;
  return small >= MATCH.containMinWeight && contain >= MATCH.containMin ? Math.max(dice, 0.8 * contain) : dice;
}

function candidates(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights, taken: { o: Set<number>; n: Set<number> }): Candidate[] {
  const postings = new Map<string, number[]>();
  const maxDf = Math.max(3, w.n * MATCH.candidateMaxDf);
  oldR.units.forEach((u, i) => {
    if (taken.o.has(i)) return;
    for (const t of u.terms) {
      if (w.df(t) > maxDf) continue;
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(i);
    }
  });
  const oldW = oldR.units.map((u) => unitWeight(u, w));
  const out: Candidate[] = [];
  newR.units.forEach((nu, j) => {
    if (taken.n.has(j)) return;
    const hits = new Set<number>();
    for (const t of nu.terms) for (const i of postings.get(t) ?? []) if (oldR.units[i].unit.kind === nu.unit.kind) hits.add(i);
    if (!hits.size) return;
    const nw = unitWeight(nu, w);
    const nTerms = new Set(nu.terms);
    for (const i of hits) {
      let shared = 0;
      const sharedTerms: string[] = [];
      for (const t of oldR.units[i].terms) {
        if (nTerms.has(t)) {
          shared += w.weight(t);
          sharedTerms.push(t);
        }
      }
      const sim = similarity(shared, oldW[i], nw);
      if (sim < MATCH.minScore - MATCH.sectionBonus - MATCH.neighbourBonus - MATCH.uniqueBonus) continue;
      sharedTerms.sort((a, b) => w.weight(b) - w.weight(a) || a.localeCompare(b));
      const unique = sharedTerms.some((t) => t.length >= 2 && w.unique(t));
      out.push({ o: i, n: j, sim, shared: sharedTerms, rare: unique || w.weight(sharedTerms[0]) >= MATCH.rareWeight, unique });
    }
  });
  return out;
}

/**
 * Pairs units of OLD and NEW one to one: identical units first (the fast
 * path), then by weighted term similarity plus context (aligned sections,
 * matched neighbours), best pairs first. Search is global, so text that moved
 * to another section is still found.
 */
export function matchUnits(oldR: TokenizedReport, newR: TokenizedReport, alignment: SectionAlignment): UnitMatch[] {
  const matches: UnitMatch[] = [];
  const taken = { o: new Set<number>(), n: new Set<number>() };
  const oldOf = new Map<number, number>(); // new index → old index
  const take = (o: number, n: number, score: number, exact: boolean, shared: string[]) => {
    taken.o.add(o);
    taken.n.add(n);
    oldOf.set(n, o);
    matches.push({ old: o, new: n, score, exact, shared });
  };

  // Identical keys: pair within aligned sections first, then in reading order.
  const byKey = new Map<string, number[]>();
  oldR.units.forEach((u, i) => {
    if (!u.key) return;
    const list = byKey.get(u.key);
    if (list) list.push(i);
    else byKey.set(u.key, [i]);
  });
  const aligned = (o: number, n: number) =>
    alignment.oldFor.get(newR.units[n].unit.sectionId)?.has(oldR.units[o].unit.sectionId) ?? false;
  for (const pass of [true, false]) {
    newR.units.forEach((u, j) => {
      if (taken.n.has(j)) return;
      const list = byKey.get(u.key);
      const i = list?.find((o) => !taken.o.has(o) && (!pass || aligned(o, j)));
      if (i !== undefined) take(i, j, 1, true, []);
    });
  }

  const w = termWeights(oldR, newR);
  const cands = candidates(oldR, newR, w, taken);
  const scoreOf = (c: Candidate) => {
    let s = c.sim;
    if (aligned(c.o, c.n)) s += MATCH.sectionBonus;
    if (c.unique) s += MATCH.uniqueBonus;
    const prev = oldOf.get(c.n - 1);
    const next = oldOf.get(c.n + 1);
    if (prev === c.o - 1 || next === c.o + 1) s += MATCH.neighbourBonus;
    return s;
  };
  const accept = (c: Candidate, s: number) => s >= MATCH.minScore && (c.rare || c.sim >= MATCH.strongScore);

  // Two rounds: confident pairs first, so that their neighbours can earn the
  // context bonus in the second round.
  for (let round = 0; round < 2; round++) {
    const scored = cands
      .filter((c) => !taken.o.has(c.o) && !taken.n.has(c.n))
      .map((c) => ({ c, s: scoreOf(c) }))
      .filter(({ c, s }) => accept(c, s) && (round === 1 || c.sim >= MATCH.minScore))
      .sort((a, b) => b.s - a.s || a.c.n - b.c.n || a.c.o - b.c.o);
    for (const { c, s } of scored) {
      if (taken.o.has(c.o) || taken.n.has(c.n)) continue;
      take(c.o, c.n, Math.min(1, Math.round(s * 1000) / 1000), false, c.shared.slice(0, 6));
    }
  }
  return matches.sort((a, b) => a.new - b.new);
}
