/**
 * What every matching pass reads and extends (`Pairing`), and the links they
 * make (`UnitMatch`).
 */
import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { SectionAlignment } from './align-sections.js';
import type { TermWeights } from './term-weights.js';
import type { Candidate, Places } from './candidate-search.js';
import { type TermIndex, sharedTerms } from './term-index.js';

/** A matched pair of units: indexes into the two reports' `units`. */
export interface UnitMatch {
  old: number;
  new: number;
  /** 1 for identical keys, else the similarity that won the pair. */
  score: number;
  exact: boolean;
  /** Rare terms both share, strongest first: the evidence shown to the reader. */
  shared: string[];
  /** Set when this side's unit is already linked by another match: its report says the thing once, the other twice. */
  repeats?: 'old' | 'new';
  /** Set when nothing but the pair's own words backs it (see `markWeak`). */
  weak?: true;
}

/**
 * A match found by similarity: the pair's own similarity (context bonuses
 * only decide ties and thresholds) and the terms shown as its evidence.
 */
export function similarMatch(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights, c: Candidate): UnitMatch {
  return {
    old: c.o,
    new: c.n,
    score: Math.min(1, Math.round(c.sim * 1000) / 1000),
    exact: false,
    shared: sharedTerms(oldR.units[c.o], newR.units[c.n], w),
  };
}

/** A second link of a unit linked already (`UnitMatch.repeats`): a mention word for word is carried, as an identical first one would be. */
export function repeatMatch(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights, c: Candidate, repeats: 'old' | 'new'): UnitMatch {
  return { ...similarMatch(oldR, newR, w, c), exact: oldR.units[c.o].key === newR.units[c.n].key, repeats };
}

/**
 * What the passes after the candidate search read: both reports, their
 * section alignment, the term weights and index, the candidates, and the
 * links made so far (`taken`, `matches`), which each pass extends.
 */
export interface Pairing {
  oldR: TokenizedReport;
  newR: TokenizedReport;
  alignment: SectionAlignment;
  w: TermWeights;
  ix: TermIndex;
  where: Places;
  cands: Candidate[];
  taken: { o: Set<number>; n: Set<number> };
  /** Whether two units sit in sections aligned with each other. */
  aligned: (o: number, n: number) => boolean;
  matches: UnitMatch[];
}

/** Undoes these links: their units are free again, and the links leave `matches` (in place, order kept). */
export function unlink(taken: Pairing['taken'], matches: UnitMatch[], undo: Set<UnitMatch>): void {
  if (undo.size === 0) return;
  for (const m of undo) {
    taken.o.delete(m.old);
    taken.n.delete(m.new);
  }
  let kept = 0;
  for (const m of matches) if (!undo.has(m)) matches[kept++] = m;
  matches.length = kept;
}

/** The candidates among units still free on both sides that pass `ok` and are each other's most similar. */
export function mutualBest(cands: Candidate[], taken: { o: Set<number>; n: Set<number> }, ok: (c: Candidate) => boolean): Candidate[] {
  const bestOld = new Map<number, Candidate>();
  const bestNew = new Map<number, Candidate>();
  for (const c of cands) {
    if (taken.o.has(c.o) || taken.n.has(c.n) || !ok(c)) continue;
    if ((bestOld.get(c.o)?.sim ?? -1) < c.sim) bestOld.set(c.o, c);
    if ((bestNew.get(c.n)?.sim ?? -1) < c.sim) bestNew.set(c.n, c);
  }
  return [...bestOld.values()].filter((c) => bestNew.get(c.n) === c);
}
