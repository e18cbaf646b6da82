/**
 * The matching's thresholds and weights, in one place so that the quality
 * benchmark's sweeps (bench/sweep.ts) and the tests read the values the
 * engine uses.
 */

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
