import { surfaceForm, type TokenizedReport, type TokenizedUnit } from '../segment/tokenize-report.js';
import type { SectionAlignment } from './align-sections.js';
import type { PartKind } from '../report.js';
import { termWeights, type TermWeights } from './term-weights.js';
import { isMoved, isMovedUnderAlignedParents, sectionsAligned } from './moved.js';
import { isFigureWord, isGenreWord, termPrior } from '../segment/terms.js';
import { stableShape } from '../stable-shape.js';
import { termCount, termName } from '../segment/term-ids.js';
import { pairCosines, pairVectors } from './char-pairs.js';
import { policiesSpokenOf, policyStances, shareStance, statesOneStance } from './policy-stance.js';
import { crossesParts } from './cross-part.js';
import { longestRun, standsOnce, wordingLength } from './shared-run.js';

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
 * For each unit, the units of the other report most alike to it in words,
 * best first, as the candidate search scores them on its way (from
 * `MATCH.minSimilarity`; units of one kind; not the units identical ones
 * took): what `Change.closest` is chosen from. Unit u's slots are
 * `u * k … u * k + k - 1`, -1 where empty.
 */
export interface NearestUnits {
  k: number;
  oldTo: Int32Array;
  oldSim: Float64Array;
  newTo: Int32Array;
  newSim: Float64Array;
}

/** Room for the `k` nearest units of every unit of both reports (k = 0: none kept). */
export function nearestUnits(oldUnits: number, newUnits: number, k: number): NearestUnits {
  return {
    k,
    oldTo: new Int32Array(oldUnits * k).fill(-1),
    oldSim: new Float64Array(oldUnits * k),
    newTo: new Int32Array(newUnits * k).fill(-1),
    newSim: new Float64Array(newUnits * k),
  };
}
const NO_NEAREST = nearestUnits(0, 0, 0);

/**
 * Tunables, each set from the quality benchmark (`npm run bench:quality`).
 * A pair needs `minScore` after context bonuses; below `strongScore` it also
 * needs a shared term at least `rareWeight` heavy, so that two clauses that
 * share only 加强/完善/机制 never link.
 */
export const MATCH = {
  minScore: 0.5,
  strongScore: 0.65,
  rareWeight: 4.5,
  /** Bonus when the pair sits in sections aligned with each other. */
  sectionBonus: 0.15,
  /** Bonus when a neighbouring unit is matched to the partner's neighbour. */
  neighbourBonus: 0.12,
  /** Bonus when the pair shares a term found in no other unit of either report. */
  uniqueBonus: 0.15,
  /**
   * However much context backs it, a pair whose own similarity is below this
   * is not one initiative (and skipping such pairs early keeps the search fast).
   */
  minSimilarity: 0.25,
  /** Terms used by more than this share of units are not used to find candidates (still scored). */
  candidateMaxDf: 0.04,
  /** Containment counts only for a shorter side at least this heavy (≈ three rare terms)… */
  containMinWeight: 15,
  /** …of which at least this share is found in the longer side. */
  containMin: 0.8,
  /**
   * A second link (a repeat) needs more than this similarity and a rare
   * shared term: with no rival and no context to weigh it, only a clause
   * alike on both sides passes. Strictly above 0.8, because containment
   * scores at most 0.8: a short clause inside a long one is not a repeat
   * (放宽市场准入 in 大幅放宽电力、电信…等领域市场准入). A lower bar with
   * looser tests linked clauses that only share a topic word (synthetic
   * and 2024 → 2025 cases read by hand; see the README).
   */
  repeatSimilarity: 0.8,
  /**
   * An item of OLD's plan that NEW reports done in its review and takes up
   * again in its plan is said twice in NEW for a reason the parts give, so
   * its second mention is a repeat from this similarity (2016 → 2017: plan
   * `再开工20项重大水利工程`, NEW's plan `再开工15项…` and review `新开工重大水利
   * 工程21项`, judged the same item). Across the corpus pairs such repeats
   * made 217 links, none undone; a blind reader judged 40 of them 33 the
   * same item, 1 partly, 6 wrong (shared stock phrases: 社会和谐稳定,
   * 紧紧依靠人民). Without the parts' reason the same bar linked 出台国企改革
   * 三年行动方案 to 出台碳达峰行动方案.
   */
  promiseSimilarity: 0.6,
  /**
   * Two clauses of boilerplate words alone (推进国家安全体系和能力建设 /
   * 深入推进国家安全体系和能力建设) are the same clause when at least this
   * many terms are shared and the similarity is at least this high.
   */
  copyTerms: 3,
  copySimilarity: 0.7,
  /**
   * A pair with no anchor, in aligned sections, links when its words share
   * this much weight and its characters this much in order (`charDice`):
   * `稳就业任务更加艰巨` / `稳就业任务艰巨`, `维护劳动者合法权益` / `依法维护
   * 劳动者权益`. Not across sections: there the same test linked template
   * look-alikes (`加强劳动者权益保护` / `加强消费者权益保护`, `优化投资结构` /
   * `优化投入结构`) about as often as rewordings (see the README).
   */
  alikeSimilarity: 0.4,
  alikeChars: 0.7,
  /** Least similarity for two units left alone that state a stance on one policy (`stanceLinks`). */
  stanceSimilarity: 0.3,
  /**
   * Two units whose words anchor nothing (genre words, cut apart by jieba)
   * link from this similarity when they share a run of at least `runChars`
   * characters that stands in no other unit of either report
   * (`sharedRunLinks`): `推进基本养老保险全国统筹` / `稳步实施企业职工基本养老
   * 保险全国统筹` (0.59; 养老保险 is a genre word and jieba made 职工基本 one
   * word). Judged blind from 0.3: 25 of 60 links the same item, 21 wrong
   * (stock runs each report says once: `取得新的成就`, `我们必须抓住`); from
   * 0.5, 15 of 26 the same item and 5 wrong, and on fresh pairs 25 of 39
   * and 6 (bench/audits/blind-shared-runs.judged.json).
   */
  runSimilarity: 0.5,
  runChars: 6,
  /** Least similarity for two units nothing else claimed, mutually closest in aligned sections (`leftoverLinks`). */
  leftoverSimilarity: 0.5,
  /**
   * Least cosine of character pairs for two units every other pass left
   * alone (`charLeftoverLinks`). From 0.4, read on 17 consecutive pairs:
   * of 69 links, 46 the same item, 11 partly, 12 wrong, most of the wrong
   * ones template sentences of the congress reports (`西部大开发取得重要进展`
   * / `文化体制改革取得重要进展`); no cosine above it separated them.
   */
  charLeftoverCosine: 0.4,
  /**
   * A heading and a clause link only this alike (containment scores 0.8 at
   * most, so a clause nearly all inside a heading, or the reverse), and only
   * when both are left alone by every other pass: `（九）全面加强政府自身建设`
   * → `加强政府自身建设`. Allowed to compete, they took headings from their
   * aligned counterparts.
   */
  crossKindSimilarity: 0.8,
  /**
   * A clause left alone is merged into the unit its neighbour in the same
   * sentence is linked to (`mergeLinks`) when it weighs at least this much
   * (about two content words), `containMin` of its weight is inside that
   * unit, the two clauses together account for `mergeCover` of the unit's
   * weight, and the part of it that the clause alone accounts for weighs at
   * least `mergeGain` of the clause's own weight: 2024's `城镇新增就业
   * 1244万人，` / `城镇调查失业率平均为5.2%。` became 2025's `城镇新增就业1256
   * 万人、城镇调查失业率平均为5.1%，`. Without the last test a clause on the
   * same topic as a unit its neighbour matches was taken for half of it
   * (`扩大地方政府存量债务置换规模` / `加强地方政府债务管理`).
   */
  mergeMinWeight: 6,
  mergeCover: 0.75,
  mergeGain: 0.3,
  /**
   * A unit left alone whose wording stands whole inside a linked unit of the
   * other report repeats it (`verbatimRepeats`) when it has at least this
   * many characters of words: 各位代表 has four.
   */
  verbatimChars: 4,
  /**
   * A weak moved link whose shared words hold one content word at most (the
   * rest boilerplate: 加强, 建设) is undone below this similarity: the two
   * units are left dropped and new, with a look-alike to check them against.
   * Readers who never ran the tool judged such links mostly wrong: 2 the
   * same item, 11 partly, 35 wrong of 48 on the audits and a first sample,
   * from which the rule was drawn; then, on a fresh sample from 21 unaudited
   * pairs, 11 / 2 / 19 of 32, where the weak moves it keeps were 8 / 6 / 6
   * of 20 (`真正精打细算` / `坚持真正的多边主义`, `我们要坚持教育优先发展` /
   * `实施健康优先发展战略`; bench/audits/blind-lone-moves.judged.json). From
   * 0.6 up the rest of the two units is boilerplate alike, and they were as
   * often right as wrong (4 / 12 / 10): `稳步实施城市更新行动` / `扎实推进
   * 城市更新` stays. Weak links that share more are kept and marked.
   */
  loneMoveSimilarity: 0.6,
  /** A moved link with no neighbour to back it is marked weak below this similarity… */
  weakSimilarity: 0.6,
  /** …when the rest of the two sentences is less alike than this (`markWeak`)… */
  weakContext: 0.2,
  /** …or, below `thinSimilarity`, when the two share only this many words (`Change.shared`). */
  thinShared: 2,
  thinSimilarity: 0.8,
  /**
   * A link in place, with no neighbour to back it, is marked weak when the
   * two share one word alone below this similarity (2024 → 2025's
   * `统筹高质量发展和高水平安全` → `扩大高水平对外开放`, on 高水平).
   */
  loneSimilarity: 0.5,
  /**
   * Headings of sections aligned one to one link from this similarity up:
   * the alignment is their context. Below it they share a genre word or
   * nothing (acftu `三是叫响做实大国工匠品牌` / `二是广泛开展劳动和技能竞赛`);
   * from 0.15 up, read over seven gov pairs, the same heading reworded
   * (`（一）用改革的办法深入推进“三去一降一补”` / `（一）深入推进供给侧结构性改革`, 0.17).
   */
  headingSimilarity: 0.15,
  /**
   * Headings left alone anywhere in the two reports link from this
   * similarity, the closest pairs first, before the aligned sections' own:
   * year-stamped part titles share only common words, which no candidate
   * search follows across sections, so 2014's `三、2014年重点工作` was claimed
   * dropped while 2016's `三、2016年重点工作` took 2014's `二、2014年工作总体部署`
   * (0.18) by the aligned-heading rule. Over the 30 corpus pairs it makes 4
   * links, each a part title (`二、2008年主要任务` / `三、2009年主要任务`), and
   * undoes 2 such. From 0.6 it also took congress headings that share a
   * theme only (`（五）健全现代市场体系，加强和完善宏观调控` /
   * `（六）完善基本经济制度，健全现代市场体系`).
   */
  headingAnywhereSimilarity: 0.7,
};

interface Candidate {
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

/** The terms two units share, strongest first (a sub-word counts for less): the evidence shown to the reader, at most `SHOWN_SHARED`. */
function sharedTerms(o: TokenizedUnit, n: TokenizedUnit, w: TermWeights): string[] {
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
function similarity(shared: number, wa: number, wb: number): number {
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
interface PackedTerms {
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
}

/**
 * Both reports' unit terms over one id space, with per-id weight and flags,
 * so the inner loop touches only typed arrays. Ids are numbered in the
 * order terms are first seen (old report first), from the process-wide term
 * numbers.
 */
function indexTerms(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights) {
  const local: Local = stableShape(LocalShape, { idOf: new Int32Array(termCount()).fill(-1), globals: [] as number[] });
  const oldT = pack(oldR, local);
  const newT = pack(newR, local);
  const size = local.globals.length;
  const weight = new Float64Array(size);
  const df = new Int32Array(size);
  const unique = new Uint8Array(size);
  const genre = new Uint8Array(size);
  const boiler = new Uint8Array(size);
  for (let t = 0; t < size; t++) {
    const g = local.globals[t];
    const name = termName(g);
    weight[t] = w.weight(g);
    df[t] = w.df(g);
    unique[t] = name.length >= 2 && w.unique(g) ? 1 : 0;
    genre[t] = isGenreWord(name) ? 1 : 0;
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
  return stableShape(TermIndexShape, { size, oldT, newT, weight, df, unique, genre, boiler, isRare, oldKey: bareKeys(oldR), newKey: bareKeys(newR) });
}
class TermIndexShape {}
class LocalShape {}

/**
 * Units' keys with punctuation dropped, for `charDice`, made when first asked:
 * only a few hundred pairs are ever compared by characters, and the Unicode
 * regex over every unit cost a cold run ≈5–10 ms.
 */
class BareKeys {
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
  };
  for (let u = 0; u < r.units.length; u++) if (r.units[u].unit.kind === 'heading') out.kind[u] = 1;
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

type TermIndex = ReturnType<typeof indexTerms>;

/**
 * Candidate pairs between the OLD units not in `skip.o` and the NEW units
 * not in `skip.n`, with a similarity of at least `floor` (by default the
 * least that context bonuses can still lift to a match).
 */
function candidates(
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
    genre: ix.genre,
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
  genre: Uint8Array;
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
interface Places {
  oldSection: Int32Array;
  newAligned: Array<ReadonlySet<number> | undefined>;
}

function places(oldR: TokenizedReport, newR: TokenizedReport, alignment: SectionAlignment): Places {
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
      if (strength > strongest && s.genre[ot] === 0) strongest = strength;
      if (s.boiler[ot] === 0) content = true;
      // A sub-word is never the unique anchor: 高标准 inside two different phrases names nothing.
      if (s.unique[ot] === 1 && factor === 1) unique = true;
    }
    const sim = similarity(shared, ow, nw);
    if (sim < s.floor) continue;
    if (s.nearest.k > 0 && !crossKind) noteNearest(s.nearest, i, j, sim);
    if (crossKind && sim < MATCH.crossKindSimilarity) continue;
    // Boilerplate words only, but nearly all of them in both: the same stock clause, not a look-alike.
    if (!content && count >= MATCH.copyTerms && sim >= MATCH.copySimilarity) content = true;
    const anchored = unique || strongest >= MATCH.rareWeight;
    // A pair that no context bonus can make acceptable (see `accept` in matchUnits) is no candidate.
    let alike = false;
    if (!anchored && !(content && sim >= MATCH.strongScore)) {
      if (content && s.unanchored && sim >= MATCH.runSimilarity) s.loose.push({ o: i, n: j, sim, rare: false, unique: false, content, alike: false, crossKind });
      const kept = content && s.unanchored ? unanchoredKept(s, i, j, sim) : null;
      if (kept === null) continue;
      alike = kept;
    }
    s.out.push({ o: i, n: j, sim, rare: anchored, unique, content, alike, crossKind });
  }
}

/** Keeps the pair among the nearest units of both its units (ties: the earlier unit first). */
function noteNearest(near: NearestUnits, i: number, j: number, sim: number): void {
  keepNearest(near.oldTo, near.oldSim, i * near.k, near.k, j, sim);
  keepNearest(near.newTo, near.newSim, j * near.k, near.k, i, sim);
}

function keepNearest(to: Int32Array, sims: Float64Array, from: number, k: number, u: number, sim: number): void {
  let at = from + k - 1;
  if (to[at] !== -1 && (sims[at] > sim || (sims[at] === sim && to[at] < u))) return;
  // Shift the worse ones down a slot; the last falls off.
  while (at > from && (to[at - 1] === -1 || sims[at - 1] < sim || (sims[at - 1] === sim && to[at - 1] > u))) {
    to[at] = to[at - 1];
    sims[at] = sims[at - 1];
    at--;
  }
  to[at] = u;
  sims[at] = sim;
}

/**
 * A match found by similarity: the pair's own similarity (context bonuses
 * only decide ties and thresholds) and the terms shown as its evidence.
 */
function similarMatch(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights, c: Candidate): UnitMatch {
  return {
    old: c.o,
    new: c.n,
    score: Math.min(1, Math.round(c.sim * 1000) / 1000),
    exact: false,
    shared: sharedTerms(oldR.units[c.o], newR.units[c.n], w),
  };
}

/** A second link of a unit linked already (`UnitMatch.repeats`): a mention word for word is carried, as an identical first one would be. */
function repeatMatch(oldR: TokenizedReport, newR: TokenizedReport, w: TermWeights, c: Candidate, repeats: 'old' | 'new'): UnitMatch {
  return { ...similarMatch(oldR, newR, w, c), exact: oldR.units[c.o].key === newR.units[c.n].key, repeats };
}

/**
 * What the passes after the candidate search read: both reports, their
 * section alignment, the term weights and index, the candidates, and the
 * links made so far (`taken`, `matches`), which each pass extends.
 */
interface Pairing {
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

  const ix = indexTerms(oldR, newR, w);
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

/**
 * A clause that carries a figure and names nothing else (`比上年增加349亿元`,
 * `比上年增长19.2%`): what it measures is in the clause before it. Two such
 * clauses are alike whatever they measure, so their link, with nothing
 * beside it linked, says nothing of the two being one item.
 */
function figureOnly(u: TokenizedUnit): boolean {
  if (u.unit.kind !== 'clause' || !HAS_DIGIT.test(u.unit.text)) return false;
  for (let k = 0; k < u.termIds.length; k++) {
    const name = termName(u.termIds[k]);
    if (termPrior(name) === 1 && !isFigureWord(name)) return false;
  }
  return true;
}
const HAS_DIGIT = /\d/u;

/** Each OLD unit's partner in its first link (repeats aside). */
function firstLinks(matches: UnitMatch[]): Map<number, number> {
  const newOf = new Map<number, number>();
  for (const m of matches) if (!m.repeats) newOf.set(m.old, m.new);
  return newOf;
}

/**
 * Flags the links a reader should check first: moved to another place, with
 * no neighbour linked to the partner's neighbour, and either the rest of the
 * two sentences unalike with a similarity below `MATCH.weakSimilarity`, or
 * only one or two words shared with a similarity below
 * `MATCH.thinSimilarity`. In the judged samples (bench/audits) about half of
 * the first kind were wrong, against about one in six of the others; of the
 * second kind, added later from the same samples, 13 of 27 wrong and 3 the
 * same item (2022's `增强双创平台服务能力` → 2023's `支持平台经济发展`, on
 * 平台 alone). Links in place are marked too when nothing backs them and
 * they share one word alone below `MATCH.loneSimilarity` (but for two
 * statements of one policy's stance, `statesOneStance`): of the audited
 * links this marks, 2 are the same item, 4 partly, 4 wrong, and it marks
 * none of the blind labels' right links. Dropping them instead lost as many
 * right links as wrong ones on other pairs (see the README), so they are
 * kept and marked; only the moves that rest on one content word are undone:
 * those this returns, for `unlinkLoneMoves`. A link between two clauses that
 * name nothing but a figure (`figureOnly`) is marked at any similarity: of
 * the 34 over the 30 corpus pairs, a blind reader judged 23 wrong and 4 the
 * same item (bench/audits/blind-figure-links.judged.json).
 */
function markWeak({ oldR, newR, alignment, ix, matches }: Pairing): UnitMatch[] {
  const newOf = firstLinks(matches);
  const lone: UnitMatch[] = [];
  for (const m of matches) {
    if (m.repeats) continue;
    if (newOf.get(m.old - 1) === m.new - 1 || newOf.get(m.old + 1) === m.new + 1) continue;
    if (figureOnly(oldR.units[m.old]) && figureOnly(newR.units[m.new])) m.weak = true;
    if (m.score >= MATCH.thinSimilarity) continue;
    if (!isMoved(oldR.report, newR.report, alignment, oldR.units[m.old].unit.sectionId, newR.units[m.new].unit.sectionId)) {
      if (m.shared.length === 1 && m.score < MATCH.loneSimilarity && !statesOneStance(oldR.units[m.old].unit.text, newR.units[m.new].unit.text)) m.weak = true;
      continue;
    }
    const thin = m.shared.length > 0 && m.shared.length <= MATCH.thinShared;
    if (!thin && (m.score >= MATCH.weakSimilarity || sentenceContext(ix, oldR, newR, m.old, m.new) >= MATCH.weakContext)) continue;
    m.weak = true;
    if (thin && m.score < MATCH.loneMoveSimilarity && m.shared.filter((t) => termPrior(t) === 1).length <= 1) lone.push(m);
  }
  return lone;
}

/**
 * Undoes the weak moves that rest on one content word, as `markWeak` found
 * them (`MATCH.loneMoveSimilarity`), but for a unit that is also in a
 * second link (a repeat or a merge): that link leans on this one.
 */
function unlinkLoneMoves({ taken, matches }: Pairing, lone: UnitMatch[]): void {
  if (!lone.length) return;
  const second = { o: new Set<number>(), n: new Set<number>() };
  for (const m of matches) {
    if (!m.repeats) continue;
    second.o.add(m.old);
    second.n.add(m.new);
  }
  unlink(taken, matches, new Set(lone.filter((m) => !second.o.has(m.old) && !second.n.has(m.new))));
}

/** Undoes these links: their units are free again, and the links leave `matches` (in place, order kept). */
function unlink(taken: Pairing['taken'], matches: UnitMatch[], undo: Set<UnitMatch>): void {
  if (undo.size === 0) return;
  for (const m of undo) {
    taken.o.delete(m.old);
    taken.n.delete(m.new);
  }
  let kept = 0;
  for (const m of matches) if (!undo.has(m)) matches[kept++] = m;
  matches.length = kept;
}

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
function verbatimRepeats({ oldR, newR, w, ix, taken, aligned, matches }: Pairing): void {
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
/** Characters that run on into their neighbour: a number or a Latin word cut short is another one (增长5% is not in 增长5.2%, nor rate in corporate). */
const RUNS_ON = /[0-9.A-Za-z]/;

/** A key (spaces already out) without its enumeration commas, which house style adds or drops (降碳、减污、扩绿 / 降碳减污扩绿). */
const looseKey = (key: string) => (key.includes('、') ? key.replaceAll('、', '') : key);

/**
 * The loose keys of a report's linked units, joined by a character none
 * holds (no match runs across two units), and where each starts; searched
 * with the engine's own `indexOf`, which runs at native speed in a run that
 * never warms up (≈2 ms for a pair's clauses here).
 */
interface HostText {
  text: string;
  starts: Int32Array;
}

/**
 * Hosts kept, and hits followed, per clause at most: a clause a report says
 * thousands of times needs a few hosts, not all (20,000 copies of one clause
 * against 40,000 took 16 s keeping up to 4,096 hosts, 3.5 s keeping 16).
 */
const MAX_HOSTS = 16;
const MAX_HITS = 256;

function hostText(r: TokenizedReport, linked: Set<number>): HostText {
  const keys = r.units.map((x, u) => (linked.has(u) ? looseKey(x.key) : ''));
  const starts = new Int32Array(keys.length + 1);
  for (let u = 0; u < keys.length; u++) starts[u + 1] = starts[u] + keys[u].length + 1;
  return { text: keys.join('\n'), starts };
}

/** The linked units whose loose key holds `words` whole, no number or Latin word at its ends cut short (`RUNS_ON`). */
function unitsHolding(hosts: HostText, words: string): number[] {
  const { text, starts } = hosts;
  const out: number[] = [];
  let hits = 0;
  for (let p = text.indexOf(words); p !== -1 && hits < MAX_HITS && out.length < MAX_HOSTS; p = text.indexOf(words, p + 1), hits++) {
    if (RUNS_ON.test(text[p - 1] ?? '') && RUNS_ON.test(words[0])) continue;
    if (RUNS_ON.test(text[p + words.length] ?? '') && RUNS_ON.test(words[words.length - 1])) continue;
    const v = unitAt(starts, p);
    if (out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

/** The unit whose stretch of a joined text holds offset `at`. */
function unitAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How alike the rest of the two units' sentences are (weighted Dice over
 * their other clauses' terms; -1 when either sentence is the unit alone).
 */
function sentenceContext(ix: TermIndex, oldR: TokenizedReport, newR: TokenizedReport, o: number, n: number): number {
  const rest = (r: TokenizedReport, p: PackedTerms, u: number) => {
    const sentence = r.units[u].unit.sentence;
    const out = new Map<number, number>();
    for (let i = u - 1; i >= 0 && r.units[i].unit.sentence === sentence; i--) addTerms(ix, p, i, out);
    for (let i = u + 1; i < r.units.length && r.units[i].unit.sentence === sentence; i++) addTerms(ix, p, i, out);
    return out;
  };
  const a = rest(oldR, ix.oldT, o);
  const b = rest(newR, ix.newT, n);
  if (a.size === 0 || b.size === 0) return -1;
  let shared = 0;
  let total = 0;
  for (const [t, x] of a) {
    total += x;
    const y = b.get(t);
    if (y !== undefined) shared += Math.min(x, y);
  }
  for (const y of b.values()) total += y;
  return (2 * shared) / total;
}

/** A unit's terms into a term → heaviest weight map. */
function addTerms(ix: TermIndex, p: PackedTerms, u: number, out: Map<number, number>): void {
  for (let k = p.start[u]; k < p.start[u + 1]; k++) {
    const t = p.ids[k];
    const x = ix.weight[t] * p.factor[k];
    if (x > (out.get(t) ?? 0)) out.set(t, x);
  }
}

/**
 * Units that matching left alone on both sides, in sections aligned with
 * each other and not moved under another parent, pair when each is the
 * other's closest (`MATCH.leftoverSimilarity`): nothing else claims them and
 * their place agrees, so `整顿分配秩序` / `规范收入分配秩序` (17th → 18th
 * congress) is one initiative reworded, not one dropped and one new. Across
 * sections, or with rivals, the same test linked template look-alikes.
 */
function leftoverLinks(p: Pairing): Candidate[] {
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
 * must also reach `MATCH.runSimilarity` on its words and `MATCH.minScore`
 * with the bonus of a unique anchor; mutual best among such pairs. Runs
 * after every other pass that links, taking only what they left: run before
 * the heading, merge and character passes, it took units from 7 links they
 * make on 56 corpus pairs, 3 of them judged the same item.
 */
function sharedRunLinks({ oldR, newR, taken, aligned }: Pairing, loose: Candidate[]): Candidate[] {
  let oldText: string | null = null;
  let newText: string | null = null;
  const joined = (r: TokenizedReport) => r.units.map((u) => looseKey(u.key)).join('\n');
  const ok: Candidate[] = [];
  for (const c of loose) {
    if (c.crossKind || taken.o.has(c.o) || taken.n.has(c.n)) continue;
    const score = c.sim + MATCH.uniqueBonus + (aligned(c.o, c.n) ? MATCH.sectionBonus : 0);
    if (score < MATCH.minScore) continue;
    const run = longestRun(looseKey(oldR.units[c.o].key), looseKey(newR.units[c.n].key));
    if (wordingLength(run) < MATCH.runChars) continue;
    // Joined once per pair, and only when a pair gets this far.
    oldText ??= joined(oldR);
    newText ??= joined(newR);
    if (standsOnce(oldText, run) && standsOnce(newText, run)) ok.push(c);
  }
  return mutualBest(ok, taken, () => true);
}

/**
 * Units left alone that state a stance on the same policy (`policy-stance.ts`)
 * in the same part of the reports pair when each is the other's most similar
 * such unit, from `MATCH.stanceSimilarity`: a change of stance is the one
 * thing the reader looks for there, and reads as a rewording
 * (`稳健的货币政策要灵活适度、精准有效` → `实施适度宽松的货币政策`). A unit
 * whose link is loose (`looseStances`) counts as left alone, and its link is
 * undone when it pairs here; statements of the same policies pair first.
 */
function stanceLinks({ oldR, newR, ix, taken, matches }: Pairing): Candidate[] {
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
function charLeftoverLinks(pairing: Pairing): Candidate[] {
  const { oldR, newR, ix, taken } = pairing;
  // The units left alone, OLD's first: `units` and `sectionOf` by their index among the keys given to pairVectors.
  const units: number[] = [];
  const keys: string[] = [];
  const sectionOf: number[] = [];
  const leftAlone = (r: TokenizedReport, linked: Set<number>) => {
    for (let u = 0; u < r.units.length; u++) {
      if (linked.has(u)) continue;
      units.push(u);
      keys.push(r.units[u].key);
      sectionOf.push(r.units[u].unit.sectionId);
    }
  };
  leftAlone(oldR, taken.o);
  const olds = keys.length;
  leftAlone(newR, taken.n);
  if (olds === 0 || olds === keys.length) return [];
  const vec = pairVectors(keys);
  const { start, ids, holderStart, holders } = vec;
  // Candidates are met through the pairs they share, not by trying every
  // pair of units: two reports of one section each would make that
  // quadratic (≈6M cosines, 10 s, for 250k characters a side). Pairs that a
  // twentieth of the units hold (发展, 建设) weigh little, and followed they
  // would bring most units; two units that share only such pairs are left
  // to the passes on words (on the 58 snapshot files, 26 corpus pairs and 8
  // audited pairs, the links are those that trying every pair made).
  const maxHolders = Math.max(3, Math.floor(keys.length * CHAR_PAIR_COMMON));
  // Whether an OLD section may pair with the NEW unit's section (aligned, not moved), remembered per NEW section.
  const fits = new Map<number, boolean>();
  let fitsFor = -1;
  const met = new Int32Array(olds).fill(-1);
  const cands: Candidate[] = [];
  for (let b = olds; b < keys.length; b++) {
    const newSection = sectionOf[b];
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
        let ok = fits.get(sectionOf[a]);
        if (ok === undefined) fits.set(sectionOf[a], (ok = sectionsInPlace(pairing, sectionOf[a], newSection)));
        if (ok) found.push(a);
      }
    }
    if (!found.length) continue;
    const j = units[b];
    const sims = pairCosines(vec, b, found, MATCH.charLeftoverCosine);
    for (let t = 0; t < found.length; t++) {
      const i = units[found[t]];
      if (sims[t] < MATCH.charLeftoverCosine || ix.oldT.kind[i] !== ix.newT.kind[j] || !sharesContent(ix, i, j)) continue;
      cands.push({ o: i, n: j, sim: sims[t], rare: false, unique: false, content: true, alike: false });
    }
  }
  // The link's similarity is its words', as every other link's is.
  return mutualBest(cands, taken, () => true).map((c) => ({ ...c, sim: pairSimilarity(ix, c.o, c.n) }));
}

/** Character pairs held by more than this share of the units left alone find no candidates (`charLeftoverLinks`). */
const CHAR_PAIR_COMMON = 0.05;

/** Whether OLD unit `i` and NEW unit `j` share a word that is not boilerplate. */
function sharesContent(ix: TermIndex, i: number, j: number): boolean {
  const { oldT, newT, boiler } = ix;
  for (let k = oldT.start[i]; k < oldT.start[i + 1]; k++) {
    if (boiler[oldT.ids[k]] === 1) continue;
    for (let q = newT.start[j]; q < newT.start[j + 1]; q++) if (oldT.ids[k] === newT.ids[q]) return true;
  }
  return false;
}

/** The candidates among units still free on both sides that pass `ok` and are each other's most similar. */
function mutualBest(cands: Candidate[], taken: { o: Set<number>; n: Set<number> }, ok: (c: Candidate) => boolean): Candidate[] {
  const bestOld = new Map<number, Candidate>();
  const bestNew = new Map<number, Candidate>();
  for (const c of cands) {
    if (taken.o.has(c.o) || taken.n.has(c.n) || !ok(c)) continue;
    if ((bestOld.get(c.o)?.sim ?? -1) < c.sim) bestOld.set(c.o, c);
    if ((bestNew.get(c.n)?.sim ?? -1) < c.sim) bestNew.set(c.n, c);
  }
  return [...bestOld.values()].filter((c) => bestNew.get(c.n) === c);
}

/**
 * The headings of two sections aligned one to one are one heading, however
 * it was reworded: the sections table already pairs them by their content,
 * so `（一）着力扩大国内需求` (2023) is not dropped and `（三）着力扩大国内需求，
 * 推动经济实现良性循环` (2024) not new. Only headings left alone by the
 * matching are linked, only when neither section merged or split, and only
 * when they have words in common (`MATCH.headingSimilarity`); a heading
 * nearly the same elsewhere goes first (`MATCH.headingAnywhereSimilarity`).
 */
function headingLinks({ oldR, newR, alignment, w, ix, taken }: Pairing): UnitMatch[] {
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

/**
 * A clause left alone whose neighbour in the same sentence is linked to a
 * unit that holds it nearly whole: the other report merged the two clauses
 * into one (2024's `城镇新增就业1244万人，` / `城镇调查失业率平均为5.2%。`,
 * 2025's `城镇新增就业1256万人、城镇调查失业率平均为5.1%，`), or split one
 * in two. Linked a second time to that unit, as a repeat: one report says
 * in one unit what the other says in two.
 */
function mergeLinks({ oldR, newR, w, ix, taken, matches }: Pairing): void {
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

/** Whether the unit on `side` (OLD `i` or NEW `j`) is nearly all inside the other: heavy enough, and most of its weight shared. */
function heldWhole(ix: TermIndex, i: number, j: number, side: 'o' | 'n'): boolean {
  const total = side === 'o' ? ix.oldT.total[i] : ix.newT.total[j];
  return total >= MATCH.mergeMinWeight && sharedWeight(ix, i, j) >= MATCH.containMin * total;
}

/** The share of a host unit's weight (on `hostSide`) that the given units of the other side share with it. */
function covered(ix: TermIndex, hostSide: 'o' | 'n', host: number, units: number[]): number {
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
function pairSimilarity(ix: TermIndex, i: number, j: number): number {
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

/** OLD units of one key, in reading order, and how many at the front are known to be taken. */
interface KeyQueue {
  ids: number[];
  at: number;
  /** The same units by OLD section, made the first time a NEW unit asks (keys held by one unit never need it). */
  sections?: Map<number, KeyQueue>;
}

/**
 * Pairs units with identical keys: within aligned sections first, then in
 * reading order; each NEW unit takes the first OLD unit of its key not yet
 * taken. Queues per key (and per key and OLD section) whose taken front is
 * skipped once, because a report saying one clause thousands of times made
 * a search from the start of the list for each NEW unit quadratic (20,000
 * copies against 40,000 took 17 s).
 */
function identicalMatches(
  oldR: TokenizedReport,
  newR: TokenizedReport,
  alignment: SectionAlignment,
  taken: { o: Set<number>; n: Set<number> },
  take: (m: UnitMatch) => void,
): void {
  const all = new Map<string, KeyQueue>();
  for (let i = 0; i < oldR.units.length; i++) {
    const key = oldR.units[i].key;
    if (!key) continue;
    const q = all.get(key);
    if (q) q.ids.push(i);
    else all.set(key, { ids: [i], at: 0 });
  }
  const sectionOf = (i: number) => oldR.units[i].unit.sectionId;
  const bySection = (q: KeyQueue) => {
    if (q.sections) return q.sections;
    const m = new Map<number, KeyQueue>();
    for (const i of q.ids) {
      const s = m.get(sectionOf(i));
      if (s) s.ids.push(i);
      else m.set(sectionOf(i), { ids: [i], at: 0 });
    }
    return (q.sections = m);
  };
  const firstFree = (q: KeyQueue | undefined): number | undefined => {
    if (!q) return undefined;
    while (q.at < q.ids.length && taken.o.has(q.ids[q.at])) q.at++;
    return q.ids[q.at];
  };
  const pair = (i: number | undefined, j: number) => {
    if (i !== undefined) take({ old: i, new: j, score: 1, exact: true, shared: [] });
  };
  newR.units.forEach((u, j) => {
    const q = all.get(u.key);
    const olds = alignment.oldFor.get(u.unit.sectionId);
    if (!q || !olds) return;
    if (q.ids.length === 1) {
      const i = q.ids[0];
      if (!taken.o.has(i) && olds.has(sectionOf(i))) pair(i, j);
      return;
    }
    // The first in reading order among the aligned sections' copies.
    const sections = bySection(q);
    let best: number | undefined;
    for (const s of olds) {
      const i = firstFree(sections.get(s));
      if (i !== undefined && (best === undefined || i < best)) best = i;
    }
    pair(best, j);
  });
  newR.units.forEach((u, j) => {
    if (!taken.n.has(j)) pair(firstFree(all.get(u.key)), j);
  });
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
function repeatLinks({ oldR, newR, w, ix, where, taken, aligned, matches }: Pairing): void {
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
    const scored = cands.filter((c) => !c.crossKind && c.rare && (c.sim > MATCH.repeatSimilarity || (repeats === 'old' && c.sim >= MATCH.promiseSimilarity && promiseKept(c)))).map((c) => ({ c, s: score(c) }));
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
