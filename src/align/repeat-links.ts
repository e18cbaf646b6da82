/**
 * Second links: a unit one report says twice, or in two clauses where the
 * other says it in one, linked again to the other report's one mention.
 */
import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { TermWeights } from './term-weights.js';
import { stableShape } from '../stable-shape.js';
import { hostText, looseKey, unitsHolding, wordingLength } from './shared-run.js';
import { MATCH } from './match-tunables.js';
import { type Candidate, candidates } from './candidate-search.js';
import { TermIndexShape, covered, heldWhole, pairSimilarity } from './term-index.js';
import { type Pairing, repeatMatch, similarMatch } from './pairing.js';
import { figureOnly, firstLinks } from './weak-links.js';

/**
 * Units still left alone whose whole wording (enumeration commas aside) a
 * search of the other report finds inside a unit linked already:
 * no reader would call them new or dropped. They are second mentions of
 * something the other report says once, mostly stock phrases said more
 * often in one report (全面建设社会主义现代化国家, or 更好统筹发展和安全
 * inside a 2024 heading, twice in 2025's text), which hold no rarer word to
 * find them by, and whose similarity to a longer unit holding them is low.
 * Linked as repeats of that unit's link, in an aligned section first. Of the
 * 640 judged claims of bench/audits, the 9 found word for word in the other
 * report were 8 times there and once a trivial fragment, never new. Not to a
 * unit left alone: one saying much more may be new itself (2003's `坚持依法
 * 行政` inside 2004's `突出强调实行科学民主决策、坚持依法行政和加强行政
 * 监督三项基本准则`, which the readers judged new; `建设中国特色社会主义` inside
 * `建设中国特色社会主义法治体系`). Run last: it takes only what every other
 * pass left (and `markWeak` never marks a repeat: the words are the
 * evidence).
 */
export function verbatimRepeats({ oldR, newR, w, ix, taken, aligned, matches }: Pairing): void {
  // Units in any link, a repeat's second mention included, are not claims.
  const linked = { o: new Set<number>(), n: new Set<number>() };
  for (const m of matches) {
    linked.o.add(m.old);
    linked.n.add(m.new);
  }
  const scan = (side: 'o' | 'n') => {
    const mine = side === 'o' ? oldR : newR;
    const other = side === 'o' ? 'n' : 'o';
    const clauses: number[] = [];
    const words: string[] = [];
    const theirs = side === 'o' ? 'new' : 'old';
    for (let u = 0; u < mine.units.length; u++) {
      if (linked[side].has(u) || !allUsed(mine.units[u].termIds, w, theirs)) continue;
      const loose = withoutDashes(looseKey(mine.units[u].key));
      if (wordingLength(loose) < MATCH.verbatimChars) continue;
      clauses.push(u);
      words.push(loose);
    }
    if (clauses.length === 0) return;
    const hosts = hostText(side === 'o' ? newR : oldR, taken[other]);
    // A clause said many times is looked up once.
    const found = new Map<string, number[]>();
    for (let k = 0; k < clauses.length; k++) {
      const u = clauses[k];
      let at = found.get(words[k]);
      if (!at) found.set(words[k], (at = unitsHolding(hosts, words[k])));
      let host: Candidate | undefined;
      let best = -1;
      for (const v of at) {
        // In an aligned section first, then the host most alike: the one that says least besides.
        const [o, n] = side === 'o' ? [u, v] : [v, u];
        const sim = pairSimilarity(ix, o, n);
        const rank = (aligned(o, n) ? 1 : 0) + sim;
        if (rank > best) {
          host = { o, n, sim, rare: false, unique: false, content: true, alike: false };
          best = rank;
        }
      }
      if (!host) continue;
      matches.push(repeatMatch(oldR, newR, w, host, other === 'o' ? 'old' : 'new'));
      linked[side].add(u);
    }
  };
  scan('o');
  scan('n');
}

/** Whether the other report uses every term of a unit: one it never uses is a word no search of it finds, so the unit is not in it word for word (most units left alone). */
function allUsed(terms: Int32Array, w: TermWeights, side: 'old' | 'new'): boolean {
  for (let k = 0; k < terms.length; k++) if (!w.used(side, terms[k])) return false;
  return true;
}

/** `——坚持以人民为中心的发展思想。` is found without its dashes. */
function withoutDashes(key: string): string {
  let i = 0;
  while (i < key.length && (key[i] === '—' || key[i] === '-')) i++;
  return i === 0 ? key : key.slice(i);
}

/**
 * A clause left alone whose neighbour in the same sentence is linked to a
 * unit that holds it nearly whole: the other report merged the two clauses
 * into one (2024's `城镇新增就业1244万人，` / `城镇调查失业率平均为5.2%。`,
 * 2025's `城镇新增就业1256万人、城镇调查失业率平均为5.1%，`), or split one
 * in two. Linked a second time to that unit, as a repeat: one report says
 * in one unit what the other says in two.
 */
export function mergeLinks({ oldR, newR, w, ix, taken, matches }: Pairing): void {
  const partner = { o: new Map<number, number>(), n: new Map<number, number>() };
  const repeated = { o: new Set<number>(), n: new Set<number>() };
  for (const m of matches) {
    if (m.repeats) {
      // The unit linked twice already: it says its thing once, and is not to be linked a third time.
      if (m.repeats === 'old') repeated.o.add(m.old);
      else repeated.n.add(m.new);
      continue;
    }
    partner.o.set(m.old, m.new);
    partner.n.set(m.new, m.old);
  }
  const scan = (side: 'o' | 'n') => {
    const r = side === 'o' ? oldR : newR;
    const other = side === 'o' ? 'n' : 'o';
    for (let u = 0; u < r.units.length; u++) {
      if (taken[side].has(u)) continue;
      const sentence = r.units[u].unit.sentence;
      for (const v of [u - 1, u + 1]) {
        if (v < 0 || v >= r.units.length || r.units[v].unit.sentence !== sentence) continue;
        const host = partner[side].get(v);
        if (host === undefined || repeated[other].has(host)) continue;
        const [i, j] = side === 'o' ? [u, host] : [host, u];
        if (!heldWhole(ix, i, j, side)) continue;
        // The host must be the two clauses together: little of it in neither, and a part of it that only the unit accounts for.
        const hostSide = side === 'o' ? 'n' : 'o';
        const both = covered(ix, hostSide, host, [u, v]);
        if (both < MATCH.mergeCover) continue;
        // What the unit adds to its neighbour's cover, against its own weight: a long host may owe a short clause little of its weight.
        const hostTotal = (hostSide === 'o' ? ix.oldT : ix.newT).total[host];
        const ownTotal = (side === 'o' ? ix.oldT : ix.newT).total[u];
        if ((both - covered(ix, hostSide, host, [v])) * hostTotal < MATCH.mergeGain * ownTotal) continue;
        matches.push({ ...similarMatch(oldR, newR, w, { o: i, n: j, sim: pairSimilarity(ix, i, j), rare: true, unique: false, content: true, alike: false }), repeats: side === 'o' ? 'new' : 'old' });
        repeated[other].add(host);
        taken[side].add(u);
        break;
      }
    }
  };
  scan('o');
  scan('n');
}

/**
 * A unit left alone because its partner went to a closer look-alike is not
 * new (or dropped) when one report says the same thing twice: 2025 states
 * its 居民消费价格涨幅2%左右 target in the list of targets and again where it
 * explains them, 2024 once; or NEW reports done in its review what OLD's
 * plan promised and takes it up again in its plan (`MATCH.promiseSimilarity`).
 * Such a unit is linked a second time to the unit it repeats, marked
 * `repeats`; each unit is repeated at most once.
 */
export function repeatLinks({ oldR, newR, w, ix, where, taken, aligned, matches }: Pairing): void {
  const newOf = firstLinks(matches);
  const partOf = (r: TokenizedReport, u: number) => r.report.sections[r.units[u].unit.sectionId]?.part;
  // OLD's plan said it once; NEW says it in its review (done) and in its plan (again): `MATCH.promiseSimilarity`.
  const promiseKept = (c: Candidate) => {
    const host = newOf.get(c.o);
    if (host === undefined || partOf(oldR, c.o) !== 'plan') return false;
    const a = partOf(newR, c.n);
    const b = partOf(newR, host);
    return (a === 'review' && b === 'plan') || (a === 'plan' && b === 'review');
  };
  const freeOld = new Set<number>();
  for (let i = 0; i < oldR.units.length; i++) if (!taken.o.has(i)) freeOld.add(i);
  const freeNew = new Set<number>();
  for (let j = 0; j < newR.units.length; j++) if (!taken.n.has(j)) freeNew.add(j);
  const score = (c: Candidate) => c.sim + (aligned(c.o, c.n) ? MATCH.sectionBonus : 0);
  // The best partner of each unit left alone; then, "said twice" being the
  // claim, only the best of the units that would repeat the same one.
  const pick = (cands: Candidate[], repeats: 'old' | 'new') => {
    const free = repeats === 'old' ? 'n' : 'o';
    const best = (by: 'o' | 'n', list: Iterable<{ c: Candidate; s: number }>) => {
      const out = new Map<number, { c: Candidate; s: number }>();
      for (const e of list) {
        const had = out.get(e.c[by]);
        if (!had || e.s > had.s) out.set(e.c[by], e);
      }
      return out.values();
    };
    const scored = cands
      .filter((c) => !c.crossKind && c.rare && (c.sim > MATCH.repeatSimilarity || (repeats === 'old' && c.sim >= MATCH.promiseSimilarity && promiseKept(c))))
      // 比上年增长9.5% said twice is two measures that grew alike: what each measures is in the clause before it.
      .filter((c) => !(figureOnly(oldR.units[c.o]) && figureOnly(newR.units[c.n])))
      .map((c) => ({ c, s: score(c) }));
    for (const { c } of best(free === 'n' ? 'o' : 'n', best(free, scored))) {
      matches.push(repeatMatch(oldR, newR, w, c, repeats));
    }
  };
  // The linked side is indexed and the free side scanned, so that a report
  // holding the other many times over costs time in proportion to its size.
  // NEW's second mentions from the lower bar of a plan item both reported and taken up again.
  pick(candidates(ix, { o: freeOld, n: taken.n }, MATCH.promiseSimilarity, where, false), 'old');
  const swapped = candidates(stableShape(TermIndexShape, { ...ix, oldT: ix.newT, newT: ix.oldT }), { o: freeNew, n: taken.o }, MATCH.repeatSimilarity, where, false);
  pick(
    swapped.map((c) => ({ ...c, o: c.n, n: c.o })),
    'new',
  );
}
