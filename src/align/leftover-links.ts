/**
 * The passes that pair units the scored rounds left alone: by their place
 * (aligned sections), by a stated policy stance, by their characters, as
 * headings, and by a run of characters said nowhere else.
 */
import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { PartKind } from '../report.js';
import { isMovedUnderAlignedParents, sectionsAligned } from './moved.js';
import { pairCosines, pairVectors } from './char-pairs.js';
import { policiesSpokenOf, policyStances, shareStance } from './policy-stance.js';
import { crossesParts } from './cross-part.js';
import { type HostText, hostText, longestRun, looseKey, unitsHolding, wordingLength } from './shared-run.js';
import { type Pairing, type UnitMatch, mutualBest, similarMatch, unlink } from './pairing.js';
import { MATCH } from './match-tunables.js';
import type { Candidate } from './candidate-search.js';
import { pairSimilarity, sharesContent } from './term-index.js';
import { moodsClash } from './clause-mood.js';

/**
 * Units that matching left alone on both sides, in sections aligned with
 * each other and not moved under another parent, pair when each is the
 * other's closest (`MATCH.leftoverSimilarity`): nothing else claims them and
 * their place agrees, so `整顿分配秩序` / `规范收入分配秩序` (17th → 18th
 * congress) is one initiative reworded, not one dropped and one new. Across
 * sections, or with rivals, the same test linked template look-alikes.
 */
export function leftoverLinks(p: Pairing): Candidate[] {
  const { oldR, newR, cands, taken } = p;
  return mutualBest(cands, taken, (c) => {
    if (c.crossKind || !c.content || c.sim < MATCH.leftoverSimilarity) return false;
    return sectionsInPlace(p, oldR.units[c.o].unit.sectionId, newR.units[c.n].unit.sectionId);
  });
}

/**
 * Units left alone whose words anchor nothing but which share a run of
 * characters found in no other unit of either report, in any section: a
 * named initiative spelt in genre words (`基本养老保险全国统筹`, cut as
 * 基本/养老保险/全国/统筹 on one side and 职工基本/养老保险/全国/统筹 on the
 * other) is said once a year, where a stock formula (`加强基础设施建设`) is
 * said many times. Stock runs said once a year each still pass, so the pair
 * must also reach `MATCH.runSimilarity` on its words (the candidate search
 * keeps only such pairs), and each be the other's most similar such unit.
 * Runs after every other pass that links, taking only what they left: run
 * before the heading, merge and character passes, it took units from 7
 * links they make on 56 corpus pairs, 3 of them judged the same item.
 */
export function sharedRunLinks({ oldR, newR, taken }: Pairing, loose: Candidate[]): Candidate[] {
  let oldHosts: HostText | null = null;
  let newHosts: HostText | null = null;
  // A run asked twice is searched once: each search reads both reports whole.
  const once = new Map<string, boolean>();
  const ok: Candidate[] = [];
  for (const c of loose) {
    if (c.crossKind || taken.o.has(c.o) || taken.n.has(c.n)) continue;
    const a = looseKey(oldR.units[c.o].key);
    const b = looseKey(newR.units[c.n].key);
    // The run costs a × b steps: clauses past `MAX_RUN_KEY` characters (a text with no punctuation) are left alone.
    if (a.length > MAX_RUN_KEY || b.length > MAX_RUN_KEY) continue;
    const run = longestRun(a, b);
    if (wordingLength(run) < MATCH.runChars) continue;
    let single = once.get(run);
    if (single === undefined) {
      oldHosts ??= hostText(oldR);
      newHosts ??= hostText(newR);
      once.set(run, (single = unitsHolding(oldHosts, run).length === 1 && unitsHolding(newHosts, run).length === 1));
    }
    if (single) ok.push(c);
  }
  return mutualBest(ok, taken, () => true);
}

/** Longest unit key (characters) `sharedRunLinks` compares: the longest clause of the 82 corpus pairs has 122. */
const MAX_RUN_KEY = 255;

/**
 * Units left alone that state a stance on the same policy (`policy-stance.ts`)
 * in the same part of the reports pair when each is the other's most similar
 * such unit, from `MATCH.stanceSimilarity`: a change of stance is the one
 * thing the reader looks for there, and reads as a rewording
 * (`稳健的货币政策要灵活适度、精准有效` → `实施适度宽松的货币政策`). A unit
 * whose link is loose (`looseStances`) counts as left alone, and its link is
 * undone when it pairs here; statements of the same policies pair first.
 */
export function stanceLinks({ oldR, newR, ix, taken, matches }: Pairing): Candidate[] {
  const loose = looseStances(oldR, newR, matches);
  const stated = (r: TokenizedReport, linked: Set<number>, free: Map<number, UnitMatch>) => {
    const out: Array<{ u: number; stance: string; part: PartKind }> = [];
    r.units.forEach(({ unit }, u) => {
      if ((linked.has(u) && !free.has(u)) || unit.kind !== 'clause') return;
      const stance = policyStances(unit.text);
      if (stance) out.push({ u, stance, part: r.report.sections[unit.sectionId].part });
    });
    return out;
  };
  const olds = stated(oldR, taken.o, loose.o);
  const news = stated(newR, taken.n, loose.n);
  // Statements of the same policies first: 2025's fiscal stance meets 2024's, not the two stances 2024 states together.
  const alike: Candidate[] = [];
  const others: Candidate[] = [];
  for (const o of olds) {
    for (const n of news) {
      if (!shareStance(o.stance, n.stance) || crossesParts(oldR.report, newR.report, o.part, n.part)) continue;
      // Two links given up for one: not worth it.
      if (taken.o.has(o.u) && taken.n.has(n.u)) continue;
      const sim = pairSimilarity(ix, o.u, n.u);
      if (sim >= MATCH.stanceSimilarity) (o.stance === n.stance ? alike : others).push({ o: o.u, n: n.u, sim, rare: false, unique: false, content: true, alike: false });
    }
  }
  const fixed = { o: new Set([...taken.o].filter((u) => !loose.o.has(u))), n: new Set([...taken.n].filter((u) => !loose.n.has(u))) };
  const out = mutualBest(alike, fixed, () => true);
  for (const c of out) {
    fixed.o.add(c.o);
    fixed.n.add(c.n);
  }
  out.push(...mutualBest(others, fixed, () => true));
  const undo = new Set<UnitMatch>();
  for (const c of out) {
    const m = loose.o.get(c.o) ?? loose.n.get(c.n);
    if (m) undo.add(m);
  }
  unlink(taken, matches, undo);
  return out;
}

/**
 * The links the scored rounds gave a statement of stance whose partner does
 * not speak of that policy as such (`policiesSpokenOf`): 2024's
 * `用好财政政策空间` (the policy's room) took 2025's `实施更加积极的财政政策`,
 * and 2011's `主要发达经济体进一步推行宽松货币政策` (other economies') took
 * 2010's `继续实施适度宽松的货币政策`, each on the words they share, while
 * the other report's own statement of that stance was left alone. A partner
 * that speaks of the policy itself (`货币政策要保持松紧适度`) keeps its link.
 * No link is a second one yet (every pass that makes them runs later). By
 * side, unit → link.
 */
function looseStances(oldR: TokenizedReport, newR: TokenizedReport, matches: UnitMatch[]): { o: Map<number, UnitMatch>; n: Map<number, UnitMatch> } {
  const loose = { o: new Map<number, UnitMatch>(), n: new Map<number, UnitMatch>() };
  for (const m of matches) {
    if (m.exact) continue;
    const o = oldR.units[m.old].unit.text;
    const n = newR.units[m.new].unit.text;
    const os = policyStances(o);
    const ns = policyStances(n);
    if (os && !shareStance(os, ns + policiesSpokenOf(n))) loose.o.set(m.old, m);
    if (ns && !shareStance(ns, os + policiesSpokenOf(o))) loose.n.set(m.new, m);
  }
  return loose;
}

/**
 * Whether units of these two sections may pair when nothing else claims
 * them: the sections are aligned with each other and neither moved, under
 * parents aligned with each other, so the units' place agrees with their
 * words (`leftoverLinks`, `charLeftoverLinks`). Parents that only
 * correspond through their subsections are not enough: see
 * `isMovedUnderAlignedParents`.
 */
function sectionsInPlace({ oldR, newR, alignment }: Pairing, oldSection: number, newSection: number): boolean {
  return sectionsAligned(alignment, oldSection, newSection) && !isMovedUnderAlignedParents(oldR.report, newR.report, alignment, oldSection, newSection);
}

/**
 * Units every other pass left alone, paired by their characters: each the
 * other's most alike by adjacent character pairs (`char-pairs.ts`, cosine
 * from `MATCH.charLeftoverCosine`), of one kind, in sections aligned with
 * each other and not moved, sharing at least one word that is not
 * boilerplate. Word overlap misses rewordings that jieba cut into other
 * words or that change one character of a word: `深化科技管理体制改革` /
 * `深化科技体制改革`, `广泛开展全民健身运动` / `大力开展全民健身活动`,
 * `一些地方基层财力比较紧张` / `一些地方基层财政困难`. Runs after every pass
 * on words, so it takes only what none of them would, and before
 * `verbatimRepeats`, whose repeats leave `taken` as it is (run after it, a
 * unit it linked could be linked here a second time); without the aligned
 * sections it made
 * about six times as many links, most of them template look-alikes
 * (`加强劳动者权益保护` / `加强消费者权益保护`).
 */
export function charLeftoverLinks(pairing: Pairing): Candidate[] {
  const { oldR, newR, ix, taken } = pairing;
  // The units left alone, OLD's first, by their index in `ix.pairs` (NEW's after all of OLD's).
  const olds = oldR.units.length;
  const members: number[] = [];
  for (let i = 0; i < olds; i++) if (!taken.o.has(i)) members.push(i);
  const oldAlone = members.length;
  for (let j = 0; j < newR.units.length; j++) if (!taken.n.has(j)) members.push(olds + j);
  if (oldAlone === 0 || oldAlone === members.length) return [];
  const vec = pairVectors(ix.pairs, members);
  const { start, ids, holderStart, holders } = vec;
  // Candidates are met through the pairs they share, not by trying every
  // pair of units: two reports of one section each would make that
  // quadratic (≈6M cosines, 10 s, for 250k characters a side). Pairs that a
  // twentieth of the units hold (发展, 建设) weigh little, and followed they
  // would bring most units; two units that share only such pairs are left
  // to the passes on words (on the 58 snapshot files, 26 corpus pairs and 8
  // audited pairs, the links are those that trying every pair made).
  const maxHolders = Math.max(3, Math.floor(members.length * CHAR_PAIR_COMMON));
  // Whether an OLD section may pair with the NEW unit's section (aligned, not moved), remembered per NEW section.
  const fits = new Map<number, boolean>();
  let fitsFor = -1;
  const met = new Int32Array(olds).fill(-1);
  const cands: Candidate[] = [];
  for (let t = oldAlone; t < members.length; t++) {
    const b = members[t];
    const j = b - olds;
    const newSection = newR.units[j].unit.sectionId;
    if (newSection !== fitsFor) {
      fits.clear();
      fitsFor = newSection;
    }
    const found: number[] = [];
    for (let k = start[b]; k < start[b + 1]; k++) {
      const p = ids[k];
      if (holderStart[p + 1] - holderStart[p] > maxHolders) continue;
      // Holders ascend, OLD's first: stop at the first NEW unit.
      for (let h = holderStart[p]; h < holderStart[p + 1] && holders[h] < olds; h++) {
        const a = holders[h];
        if (met[a] === b) continue;
        met[a] = b;
        const oldSection = oldR.units[a].unit.sectionId;
        let ok = fits.get(oldSection);
        if (ok === undefined) fits.set(oldSection, (ok = sectionsInPlace(pairing, oldSection, newSection)));
        if (ok) found.push(a);
      }
    }
    if (!found.length) continue;
    const sims = pairCosines(vec, b, found, MATCH.charLeftoverCosine);
    for (let q = 0; q < found.length; q++) {
      const i = found[q];
      if (sims[q] < MATCH.charLeftoverCosine || ix.oldT.kind[i] !== ix.newT.kind[j] || moodsClash(ix.oldT.mood[i], ix.newT.mood[j]) || !sharesContent(ix, i, j)) continue;
      cands.push({ o: i, n: j, sim: sims[q], rare: false, unique: false, content: true, alike: false });
    }
  }
  // The link's similarity is its words', as every other link's is.
  return mutualBest(cands, taken, () => true).map((c) => ({ ...c, sim: pairSimilarity(ix, c.o, c.n) }));
}

/** Character pairs held by more than this share of the units left alone find no candidates (`charLeftoverLinks`). */
const CHAR_PAIR_COMMON = 0.05;

/**
 * The headings of two sections aligned one to one are one heading, however
 * it was reworded: the sections table already pairs them by their content,
 * so `（一）着力扩大国内需求` (2023) is not dropped and `（三）着力扩大国内需求，
 * 推动经济实现良性循环` (2024) not new. Only headings left alone by the
 * matching are linked, only when neither section merged or split, and only
 * when they have words in common (`MATCH.headingSimilarity`); a heading
 * nearly the same elsewhere goes first (`MATCH.headingAnywhereSimilarity`).
 */
export function headingLinks({ oldR, newR, alignment, w, ix, taken }: Pairing): UnitMatch[] {
  const headingOf = (r: TokenizedReport) => {
    const out = new Map<number, number>();
    r.units.forEach((u, i) => {
      if (u.unit.kind === 'heading' && !out.has(u.unit.sectionId)) out.set(u.unit.sectionId, i);
    });
    return out;
  };
  const oldHeading = headingOf(oldR);
  const newHeading = headingOf(newR);
  const pairs: Array<{ o: number; n: number; sim: number }> = [];
  for (const [newSection, olds] of alignment.oldFor) {
    if (olds.size !== 1) continue;
    const [oldSection] = olds;
    if (alignment.newFor.get(oldSection)?.size !== 1) continue;
    const o = oldHeading.get(oldSection);
    const n = newHeading.get(newSection);
    if (o === undefined || n === undefined || taken.o.has(o) || taken.n.has(n)) continue;
    const sim = pairSimilarity(ix, o, n);
    if (sim >= MATCH.headingSimilarity) pairs.push({ o, n, sim });
  }
  // Every free heading against every other (a few dozen a side): the candidate search only follows rarer words.
  const freeOld = [...oldHeading.values()].filter((o) => !taken.o.has(o));
  for (const n of newHeading.values()) {
    if (taken.n.has(n)) continue;
    for (const o of freeOld) {
      const sim = pairSimilarity(ix, o, n);
      if (sim >= MATCH.headingAnywhereSimilarity) pairs.push({ o, n, sim });
    }
  }
  pairs.sort((a, b) => b.sim - a.sim || a.n - b.n || a.o - b.o);
  const used = { o: new Set<number>(), n: new Set<number>() };
  const out: UnitMatch[] = [];
  for (const { o, n, sim } of pairs) {
    if (used.o.has(o) || used.n.has(n)) continue;
    used.o.add(o);
    used.n.add(n);
    out.push(similarMatch(oldR, newR, w, { o, n, sim, rare: false, unique: false, content: false, alike: false }));
  }
  return out;
}
