import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { SectionAlignment } from './align-sections.js';
import { type TermWeights, termWeights } from './term-weights.js';
import { sectionsAligned } from './moved.js';
import { type Pairing, type UnitMatch, mutualBest, similarMatch } from './pairing.js';
import { NO_NEAREST, type NearestUnits } from './nearest-units.js';
import { MATCH } from './match-tunables.js';
import { type Candidate, candidates, places } from './candidate-search.js';
import { indexTerms, type TermIndex } from './term-index.js';
import { markWeak, unlinkLoneMoves } from './weak-links.js';
import { mergeLinks, repeatLinks, verbatimRepeats } from './repeat-links.js';
import { charLeftoverLinks, headingLinks, leftoverLinks, sharedRunLinks, stanceLinks } from './leftover-links.js';
import { identicalMatches } from './identical-units.js';

/**
 * Pairs units of OLD and NEW one to one: identical units first (the fast
 * path), then by weighted term similarity plus context (aligned sections,
 * matched neighbours), best pairs first. Search is global, so text that moved
 * to another section is still found.
 */
export function matchUnits(
  oldR: TokenizedReport,
  newR: TokenizedReport,
  alignment: SectionAlignment,
  w: TermWeights = termWeights(oldR, newR),
  nearest: NearestUnits = NO_NEAREST,
  ix: TermIndex = indexTerms(oldR, newR, w),
): UnitMatch[] {
  const matches: UnitMatch[] = [];
  const taken = { o: new Set<number>(), n: new Set<number>() };
  const oldOf = new Map<number, number>(); // new index → old index
  const take = (m: UnitMatch) => {
    taken.o.add(m.old);
    taken.n.add(m.new);
    oldOf.set(m.new, m.old);
    matches.push(m);
  };

  identicalMatches(oldR, newR, alignment, taken, take);
  const aligned = (o: number, n: number) => sectionsAligned(alignment, oldR.units[o].unit.sectionId, newR.units[n].unit.sectionId);

  const where = places(oldR, newR, alignment);
  const loose: Candidate[] = [];
  const cands = candidates(ix, taken, undefined, where, true, nearest, loose);
  const scoreOf = (c: Candidate) => {
    let s = c.sim;
    if (aligned(c.o, c.n)) s += MATCH.sectionBonus;
    if (c.unique) s += MATCH.uniqueBonus;
    const prev = oldOf.get(c.n - 1);
    const next = oldOf.get(c.n + 1);
    if (prev === c.o - 1 || next === c.o + 1) s += MATCH.neighbourBonus;
    return s;
  };
  const accept = (c: Candidate, s: number) =>
    s >= MATCH.minScore && (c.rare || (c.content && c.sim >= MATCH.strongScore) || (c.alike && aligned(c.o, c.n)));

  // Two rounds: confident pairs first, so that their neighbours can earn the
  // context bonus in the second round.
  for (let round = 0; round < 2; round++) {
    const scored = cands
      .filter((c) => !c.crossKind && !taken.o.has(c.o) && !taken.n.has(c.n))
      .map((c) => ({ c, s: scoreOf(c) }))
      .filter(({ c, s }) => accept(c, s) && (round === 1 || c.sim >= MATCH.minScore))
      .sort((a, b) => b.s - a.s || a.c.n - b.c.n || a.c.o - b.c.o);
    for (const { c } of scored) {
      if (taken.o.has(c.o) || taken.n.has(c.n)) continue;
      take(similarMatch(oldR, newR, w, c));
    }
  }
  const pairing: Pairing = { oldR, newR, alignment, w, ix, where, cands, taken, aligned, matches };
  stanceLinks(pairing).forEach((c) => take(similarMatch(oldR, newR, w, c)));
  leftoverLinks(pairing).forEach((c) => take(similarMatch(oldR, newR, w, c)));
  headingLinks(pairing).forEach(take);
  repeatLinks(pairing);
  mergeLinks(pairing);
  mutualBest(cands, taken, (c) => !!c.crossKind).forEach((c) => take(similarMatch(oldR, newR, w, c)));
  charLeftoverLinks(pairing).forEach((c) => take(similarMatch(oldR, newR, w, c)));
  sharedRunLinks(pairing, loose).forEach((c) => take(similarMatch(oldR, newR, w, c)));
  unlinkLoneMoves(pairing, markWeak(pairing));
  verbatimRepeats(pairing);
  return matches.sort((a, b) => a.new - b.new);
}
