import { ADDRESSEE, HALL, PART_TITLE_LINE } from '../ingest/rules.js';

export { PART_TITLE_LINE };

/**
 * Every pattern the structure stage matches against report text, named and
 * tied to the real case that needs it. Other structure modules import from
 * here instead of writing their own regexes.
 */

/** Chinese numerals used in outline markers (up to 九十九). */
const CN = '[一二三四五六七八九十]+';

/** One outline-marker style: how it is written and where it sits by convention. */
export interface MarkerRule {
  style: 'title' | 'dun' | 'paren' | 'shi' | 'di' | 'arabic' | 'arabic-paren';
  /** Anchored at the paragraph start; group 1 is the ordinal. */
  re: RegExp;
  /**
   * Conventional depth (1 = outermost). Levels are these ranks compressed to
   * the styles a document uses, so a text that only has `（一）` and `1.` gets
   * levels 1 and 2, while the acftu seed, which starts with `二是` before its
   * first `（二）`, still puts `（二）` above `二是`.
   */
  rank: number;
  /** Longest heading (marker included, up to its first 。/；/：) the style may have. */
  maxHeading: number;
}

export const MARKER_RULES: readonly MarkerRule[] = [
  // gov-work-report-2024: `一、2023年工作回顾`, `三、2024年政府工作任务` (whole-line part headings).
  { style: 'dun', re: new RegExp(`^(${CN})、`), rank: 1, maxHeading: 60 },
  // gov-work-report-2024: `（一）大力推进现代化产业体系建设，加快发展新质生产力。充分发挥…` (run-in).
  { style: 'paren', re: new RegExp(`^[（(](${CN})[）)]`), rank: 2, maxHeading: 80 },
  // acftu-2023: `一是多措并举深化改革。召开电视电话会议…`; gov 2014: `一是着力深化改革开放，激发…。`
  // The PDF text also has `二 是 深 化 …`, hence the optional space.
  { style: 'shi', re: new RegExp(`^(${CN}) ?是(?=\\p{Script=Han})`, 'u'), rank: 3, maxHeading: 40 },
  // gov-work-report-2014: `第一，向深化改革要动力。改革是最大的红利。`
  { style: 'di', re: new RegExp(`^第(${CN})[，、,]`), rank: 3, maxHeading: 40 },
  // Provincial 2025 glossaries: `1.国家先进制造业集群…`; never `1.1亿元` (digit after the dot)
  // nor gov-work-report-2014's stray `2.5` line (no CJK after it).
  { style: 'arabic', re: /^(\d{1,2}) ?[.．、](?!\d)(?= ?\p{Script=Han})/u, rank: 4, maxHeading: 40 },
  // Nested items in legal-style texts: `（1）建立…`.
  { style: 'arabic-paren', re: /^[（(](\d{1,2})[）)](?= ?\p{Script=Han})/u, rank: 5, maxHeading: 40 },
];

/**
 * The rule of a part title on a line of its own, with no marker
 * (`PART_TITLE_LINE`, which ingest keeps apart from the text around it:
 * provincial 2025 sichuan's `2024年工作回顾` above its `（一）…`). Outermost,
 * above `一、`.
 */
export const PART_TITLE_RULE: MarkerRule = { style: 'title', re: /^/, rank: 0, maxHeading: 30 };

/**
 * Any outline or enumeration marker at the start of a unit, for comparison
 * keys: renumbering (（三）→（五）, 二是→三是) is not a change of content.
 * Also covers `首先，`/`最后，` and `一.` that never open sections.
 */
export const LEADING_MARKER =
  /^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、](?!\d)|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|(?:首先|其次|再次|最后)[，,])/u;

/**
 * The speaker turning to the hall mid-speech (`各位代表！`, `同志们！`; the
 * pattern is ingest's, which starts a paragraph at it). In 23 of the 27
 * Government Work Reports, 25 of the 31 provincial reports of 2025 and the
 * congress reports, what follows such a line without a heading of its own is
 * no longer the subsection before it: the summing-up and the problems after
 * the review's `一是…六是`, and the paragraphs on the government's own work,
 * nationalities, defence, Hong Kong and Taiwan, foreign policy and the
 * closing after the plan's last `（十）` (gov 2024: all once filed under
 * `切实保障和改善民生`).
 */
export const ADDRESS = new RegExp(`^${ADDRESSEE}`);
/** A line that is the address and nothing else. */
export const ADDRESS_ONLY = new RegExp(`^${ADDRESSEE}\\s*$`);

/**
 * The paragraph that turns from the year's achievements to its problems
 * (`在肯定成绩的同时，我们也清醒看到…`, `我们也清醒地认识到…`): at most once in
 * each of the 63 corpus reports, always the review's own closing text. Where
 * no address to the hall comes before it (gov 2025, 2012, 2005–2008; 7
 * provincial reports) it was filed under the review's last subsection.
 */
export const PROBLEMS_OPENER = /^(?:同时，)?(?:我们)?也?清醒地?(?:看到|认识到)|^在?(?:充分)?(?:肯定|看到|总结)成绩的同时/;

/**
 * A paragraph that looks back over the whole year, or the five years
 * (`一年来，…`, `过去一年，…`, `五年来，…`), or turns to the hall with a comma
 * (`各位代表，过去一年，国防和军队建设…`, as provincial reports do where gov
 * reports write `各位代表！`): after the last item of a list (`（八）…`,
 * `六是…`), the section's own text again, not the item's (see
 * endLongLastItems in outline.ts). Of the 33 last headed items in the 63
 * corpus reports that hold such a paragraph after their first, 31 end
 * there, read one by one; in the other two it opens the item's body under a
 * heading on a line of its own, which the rule keeps. Not after any other
 * item: shanxi closes three of its plan's items with a `各位代表，…` of their
 * own.
 */
export const LAST_ITEM_TURN = new RegExp(`^(?:过去一年|一年来|过去五年|五年来|${HALL}[，,])`, 'u');

/** Ends a sentence: gov reports end sentences with 。 and the closing exhortation with ！. */
export const SENTENCE_END = '。！？!?';
/**
 * A full stop `.` after a word and before a space ends a sentence in Korean
 * and English (`…삼겠습니다. 정부는…`); after a digit or a lone letter it is an
 * outline marker (`1. 들어가며`, `I. A Review of Our Work`) or a decimal, so it is left alone.
 */
export const LATIN_STOP = /(?<=\p{L}\p{L})\.(?=\s)/uy;
/** `……` ends a sentence too (ellipsis closing an enumeration). */
export const ELLIPSIS = '……';
/** Closers that stay with the sentence they end: `“…为主题。”`, `！？`, `。）`. */
export const TRAILING_CLOSERS = '。！？!?…”’」』）)》〕】';
/** Where a run-in heading stops if sooner than 。: `一年来，我们主要做了以下工作：` style lead-ins. */
export const HEADING_STOP = '；：';
/** Clause breaks inside a sentence (outside brackets and quotes). */
export const CLAUSE_BREAK = '，；：,;:';

/**
 * A ； splits sentences only before the next enumerated item:
 * gov 2014 `…一是…；二是…；三是…。`. Tested on the text right after the ；.
 */
export const ENUM_AFTER_SEMICOLON = new RegExp(
  `^\\s*(?:[二三四五六七八九十]+是|第[二三四五六七八九十]+[，、]|[（(][二三四五六七八九十]+[）)]|\\d{1,2}[.．、](?!\\d))`,
);

/** Bracket and quote pairs that protect their content from splitting: `《…！…》`, `（…。…）`, `“…。”`. */
export const BRACKET_PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '(': ')',
  '《': '》',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '【': '】',
  '〔': '〕',
};
/** Closers of quotes: `。”` ends the sentence after the quote. */
export const QUOTE_CLOSERS = '”’」』';

/** CJK ideograph ranges (Ext. A and the basic block): clause length is counted in these (`为此，` has 2). */
export const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  // Hangul syllables count like ideographs: a Korean clause (`존경하는 국민 여러분,`) has no Han at all.
  [0xac00, 0xd7af],
  // Digits count too: `赤字率拟按3%安排，` is a target of its own, not a prefix of the next clause.
  [0x30, 0x39],
];
/** Clauses with fewer CJK characters than this merge into a neighbour: `为此，` `同时，`. */
export const MIN_CLAUSE_HAN = 6;

/** Review part headings: `一、2024年工作回顾`, `一、过去五年工作回顾`, `一、2019年和今年以来工作回顾`. */
export const REVIEW_HEADING = /回顾|过去.{0,6}(工作|成就)/;
/**
 * Plan part headings: `二、2025年经济社会发展总体要求和政策取向`, `三、2025年政府工作任务`,
 * `三、2014年重点工作`, `三、对2018年政府工作的建议`, `二、2023年工会工作总体要求和主要任务`,
 * `二、今年发展主要目标和下一阶段工作总体部署` (2020); provincial 2025 `二、2025年工作安排`,
 * `二、关于2025年工作` (hunan), gov 2011 `三、2011年的工作`, and the 19th congress report's
 * `四、决胜全面建成小康社会，开启全面建设社会主义现代化国家新征程` (the journey ahead; 20th: `三、新时代新征程中国共产党的使命任务`).
 */
export const PLAN_HEADING = /任务|部署|建议|总体要求|重点工作|政策取向|目标|工作安排|新征程|(?:19|20)\d\d年的?工作$/;
/** Years named in a heading: `2019年`, `2022 年` (PDF text puts a space before 年). */
export const YEAR_IN_TEXT = /((?:19|20)\d\d) ?年/g;
/** `今年` in gov 2020's `一、2019年和今年以来工作回顾`: the report's own year. */
export const THIS_YEAR = /今年/;
/** Multi-year reviews: `一、过去五年工作回顾` (2018), `一、过去一年和五年工作回顾` (2023). */
export const SPAN_YEARS = /([一二三四五六七八九十]|\d{1,2})年/g;
/** Date line under the title: `——2023年3月5日在第十四届全国人民代表大会第一次会议上`. */
export const DATE_LINE = /((?:19|20)\d\d)年\d{1,2}月\d{1,2}日/;
/** The party congress a report is given to, by its number (`中国共产党第十六次全国代表大会`), in its opening. */
export const PARTY_CONGRESS = /第([一二三四五六七八九十]+)次全国代表大会/u;
/** A five-year plan period by its number (`“九五”`, `“十一五”`, `“十五”`: the tenth). */
export const FIVE_YEAR_PLAN = /“(十[一二三四五]?|[六七八九])五”/u;
/** A sentence that opens a year's account (`2012年，…`: at the text's start or after a sentence's end; `首先报告2001年的工作`). */
export const YEAR_ACCOUNT = /(?:^|[。！？；\n])\s*((?:19|20)\d\d)年，|报告((?:19|20)\d\d)年的?工作/gu;

/**
 * Marks of past work, for acftu-2023, whose review has no heading: `成功举办首届大国工匠创新交流大会`,
 * `各级工会全年累计调解纠纷 28.9 万件` (statistics are what reviews are made of).
 * On the seeds the review part has 5–40× more of these than future marks; plan parts have fewer.
 */
export const PAST_WORDS = /过去|一年来|取得|成功|累计|全年|完成|顺利|圆满|首届|出席|\d+(?:\.\d+)? ?(?:万|亿|%|家|个|件|项|次|人)/g;
/** Marks of plans: `要` (not 重要/主要/要求), `将` (not 将近), `力争`, `下一步`, `今年`. */
export const FUTURE_WORDS = /(?<![重主需必])要(?![求素])|将(?!近)|力争|下一步|明年|今年/g;

/**
 * Verbs that lead an initiative clause: acftu `召开电视电话会议`, `开展集体协商“春季集中要约行动”`,
 * gov 2024 `实施制造业技术改造升级工程`, `出台实施新型城镇化战略五年行动计划`. From `降低` on,
 * read on blind readers' labels of sure claims (bench/audits/blind-initiative.judged.json):
 * measures led by 下调, 取消, 扩大, 发挥, 稳住… (`下调住房贷款利率和首付比例`), read on gov
 * 2022 → 2023 and 2024 → 2025, then 恢复, 加大, 查处, 调整… on 2008 → 2009 and 2016 → 2017;
 * from `解决` on, the words that most often lead the clauses of all Government Work Reports
 * the list missed, measures only (坚持, 保持, 实现, 确保, 形成, 增强 left out as aims).
 * On gov 2005 → 2006 and 2020 → 2021, labelled after every change and never read, it finds
 * 26 of 36 initiatives, marking 6 other clauses (the first list: 9 and 2). From `防治` on,
 * the misses of a fifth set, gov 1999 → 2000, 2002 → 2003, 2007 → 2008 and 2018 → 2020,
 * labelled after those changes: there the flag had found 49 of 75 initiatives, 56 after; on a
 * sixth, 1997 → 1998, 2001 → 2002, 2014 → 2016 and 2021 → 2022, they found none more (49 of 88). Verbs of
 * exhortation and aims are left out: readers called `倡导全社会尊师重教`, `深入践行…的理念`
 * rhetoric and `营造稳定透明可预期的政策环境`, `激发消费潜能`, `确保孩子们的人身安全` targets.
 */
export const INITIATIVE_VERBS = [
  '开展', '推进', '深化', '举办', '推动', '实施', '加强', '完善', '建立', '健全', '组织', '开通',
  '设立', '制定', '出台', '启动', '打造', '培育', '发布', '召开', '举行', '建设', '部署', '创建',
  '编制', '修订', '印发', '试点', '探索', '构建', '命名', '成立', '编写', '研究制定',
  '降低', '下调', '减少', '减免', '减半', '压减', '取消', '放宽', '扩大', '增加', '提高', '上调', '延长', '拓展', '拓宽',
  '强化', '规范', '严控', '严禁', '遏制', '打击', '整治', '治理', '清理', '化解', '防范', '保障', '稳定', '优化', '促进',
  '支持', '鼓励', '引导', '扶持', '采取', '运用', '用好', '统筹', '落实', '发挥', '发放', '安排', '下达', '腾出', '充实',
  '筹办', '办好', '做好', '抓好', '严惩', '关爱', '实行', '推行', '推广', '培养', '提升', '改善', '改造', '新建', '扩招',
  '贯彻', '紧抓', '减量', '稳住', '恢复', '加大', '查处', '调整', '保证', '筹集', '发展', '纳入',
  '解决', '搞好', '保护', '整顿', '控制', '完成', '改进', '减轻', '淘汰', '执行', '纠正', '理顺', '应对', '开拓',
  '制止', '消除', '破除', '惩处', '推出', '放开', '开发', '履行', '新开工', '防止', '参与',
  '防治', '禁止', '造就', '停建', '植树', '确定', '繁荣',
];
/** Adverbs before the verb: `深入开展`, `扎实推进`, `大力实施`, `进一步完善`, `依法打击`, `适当提高`, `有序减量`, `优先保障`. */
export const INITIATIVE_ADVERBS = [
  '深入', '持续', '扎实', '大力', '稳步', '进一步', '积极', '全面', '加快', '继续', '不断', '切实',
  '认真', '着力', '广泛', '努力', '坚决', '有序', '有效', '统筹', '分类', '首次', '成功', '率先', '重点',
  '要', '将', '还', '并', '再', '依法', '适当', '适时', '逐步', '稳妥', '抓紧', '尽快', '及时', '合理', '严格', '长期',
  '严厉', '严肃', '妥善', '充分', '大幅', '全力', '主动', '多渠道', '千方百计', '坚持不懈', '集中力量', '集中',
  '优先',
];
/** Subjects before the verb: acftu `全总和各级工会通过…`, gov `我们要…`. */
export const INITIATIVE_SUBJECTS = ['全总和各级工会', '各级工会', '全总', '我们', '国务院', '各级政府', '政府', '各地', '国家', '中央财政'];
/**
 * Leads skipped before looking for the verb: `一是`, `——`, `同时，`, `特别是`, a scene set in `在…中`
 * (`在重点工程建设中推广以工代赈`), how often it was done (`两次下调存款准备金率和政策利率`).
 */
export const INITIATIVE_LEAD = /^(?:[一二三四五六七八九十]+ ?是|第[一二三四五六七八九十]+[，、]|——|同时[，,]|此外[，,]|并|特别是|在[^，。；]{1,12}中|(?:连续|先后)?[两三四五六七八九十几多]+次)\s*/;
/**
 * A named programme: a quoted name that a programme word follows (acftu
 * `“网聚职工正能量 争做中国好网民”主题活动`, `“云游红色工运地标 建功伟大复兴征程”项目`).
 * A quoted name alone is not one: blind readers called `坚决反对“台独”分裂行径`
 * rhetoric, `“三公”经费大幅压减` and `首次占据“半壁江山”` results, and the
 * initiatives that quote a name lead with a verb anyway (`扎实开展“两学一做”学习教育`).
 */
export const PROGRAMME_QUOTE = /“[^”]{2,}”(?:主题)?(?:活动|行动|工程|计划|项目|竞赛)/;
/**
 * A clause that announces the list after it, after a short lead: `一年来，我们主要做了以下六方面工作：`,
 * `今年要重点抓好八个方面工作：`, `全面加强“三农”工作要采取以下措施：`. Its content
 * is the list, so it names no initiative itself: blind readers called all four
 * judged trivial or a fragment. The verb of doing keeps out a figure's
 * `…百分之四以下。`; a count of points needs none (`有以下几点体会：`,
 * `注重以下几点。`), since no figure ends on one.
 */
export const LIST_ANNOUNCEMENT =
  /^(?:[^，,；]{1,6}[，,])?(?:[^，,；]{0,24}(?:做|抓|采取|把握|突出|包括|概述|简述|体会)[^，,；]{0,14}(?:(?:以下|如下)(?:[几一二三四五六七八九十]+个?方面)?(?:的)?(?:工作|措施|任务|方面)?|[几两三四五六七八九十]个?方面(?:的)?(?:工作|措施)?|[几两三四五六七八九十]项(?:工作|措施|任务|重点))|[^，,；]{0,12}(?:以下|如下)[几两三四五六七八九十]+点(?:体会|经验|认识|意见)?)[：:。]?$/;
/** A document title: acftu `《工会法》`, gov `《政府工作报告》`. */
export const DOCUMENT_TITLE = /《[^》]+》/;

/**
 * The speech's opening address (`各位代表：`, `同志们：`, 2006's `各位代表，现在，…`):
 * what stands before it is the document's front matter, not the speech.
 */
export const OPENING_ADDRESS = new RegExp(`^${HALL}\\s*[，,：:！!]`);
/**
 * The same address glued to the end of the speaker's line, where a PDF's
 * title page lost its line breaks (`——2022年3月5日在…会议上国务院总理李克强各位代表：`):
 * only with its colon, which no mention of the hall inside a sentence has.
 */
export const OPENING_ADDRESS_GLUED = new RegExp(`${HALL}\\s*[：:]`);
/**
 * Front matter stays short and near the top: the title (up to two lines in
 * the congress reports), an uploader's source line, the dateline and the
 * speaker. A longer paragraph, or an address found further down, means the
 * text starts in the speech itself (the acftu seed starts mid-section).
 */
export const FRONT_MATTER_MAX_PARAGRAPHS = 8;
export const FRONT_MATTER_MAX_CHARS = 100;
