import { SHARE_OF_GDP_SOURCE } from '../segment/share-of.js';

/**
 * Patterns for spotting figures in report text. Only numbers with a unit are
 * figures worth reporting: bare numbers are mostly years (2024年) or list
 * markers, and those change every year without saying anything.
 */

/**
 * Units; the pattern tries them longest first so `万亿元` wins over `亿元`,
 * `万亿斤` over `万亿` and `个百分点` over `个`.
 * Each is a unit the Government Work Reports put numbers in, e.g.
 * `国内生产总值超过126万亿元`, `城镇新增就业1244万人`, `增长5.2%`,
 * `下降0.1个百分点`, `新增13个`, `实施102项`, `2.3万名`, `4.8万家`,
 * `粮食产量1.3万亿斤以上` (斤 listed so the figure is not cut to `1.3万亿`).
 */
const UNITS = [
  '万亿美元', '万亿元', '亿美元', '万亿', '亿元', '万元', '美元', '元',
  '亿人次', '万人次', '人次', '亿人', '万人', '人',
  '个百分点', '%', '％', '个', '项', '名', '家',
  '万户', '户', '万辆', '辆', '亿吨', '万吨', '吨', '亿千瓦', '万千瓦', '千瓦',
  '万公里', '公里', '万亩', '亿亩', '亩', '万亿斤', '亿斤', '斤', '万套', '套', '所', '座', '倍',
];

/** A number: digits with a decimal point or thousands commas (`134.9`, `1,168`). */
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;

const HAN_DIGITS = '零〇一二三四五六七八九两';
const HAN_DIGIT = `[${HAN_DIGITS}]`;
/**
 * A number in Chinese numerals, as the congress reports write them
 * (`五十四万亿元`, `四千二百多万套`, `三万九千八百元`, `十亿四千万人`,
 * `七点二个百分点`). It opens on a digit or 十, and holds 十, 百 or 千, a
 * decimal point, or 万/亿 with a digit after (`三万九千八百`); a 万 or 亿 that
 * ends it is left to the unit (`五十四` + `万亿元`), and a lone digit counts
 * only before one (`一万亿元`). So a lone digit before 个, 项 or 家, which
 * counts items of a slogan or a list (`一个中心`, `两个大局`, `三项`), is no
 * figure, nor is `百倍的努力`, an ordinal (`第十三个五年规划`) or the tail of
 * a number written half in digits (`2万5千公里`).
 */
const HAN_NUMBER =
  `(?<![第\\d${HAN_DIGITS}十百千万亿点])(?=[${HAN_DIGITS}十])(?=[${HAN_DIGITS}]*[十百千点]|${HAN_DIGIT}+[万亿])` +
  `(?:[${HAN_DIGITS}十百千]|[万亿](?=[${HAN_DIGITS}十]))+(?:点${HAN_DIGIT}+)?`;
/** A percentage in words, `百分之六十四点七`: any number after 百分之. */
const HAN_PERCENT = `[零〇一二三四五六七八九十百两]+(?:点${HAN_DIGIT}+)?`;

/**
 * A figure: a number (`NUMBER`), an optional
 * `多`/`余` (`1亿多人` style approximations: `3000多万人`), then a unit.
 * Named groups: `value`, `unit`.
 */
/** Where a number starts, in digits or in words: the next figure of a clause is found by it (`isFrom`). */
export const NUMBER_START = new RegExp(`${NUMBER}|${HAN_NUMBER}|百分之`, 'u');

export const FIGURE = new RegExp(
  `(?<value>${NUMBER}|${HAN_NUMBER})(?:多|余)?(?<unit>${[...UNITS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})|百分之(?<percent>${HAN_PERCENT})`,
  'gu',
);

/** Clause punctuation that bounds the context quoted around a figure (`，增长5.2%，` stops at the commas). */
export const CONTEXT_STOP = /[，。；：、！？,;:!?\n（）()“”]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Words that say how a figure moved or where it stands, not what it
 * measures: stripped from the text around a figure to leave its measure
 * (`国内生产总值超过126万亿元` → `国内生产总值`; `比上年增加1.1万亿元` → nothing:
 * that clause names its measure in the clause before it). The pattern tries
 * the longest first.
 */
const STOCK_WORDS = [
  '比上年预算', '比上年同期', '比去年预算', '比上年', '比去年', '较上年', '较去年', '上年', '去年', '今年', '全年', '当年', '年末', '年底', '年初',
  '增加到', '增长到', '提高到', '降低到', '下降到', '上升到', '减少到', '扩大到', '降到', '升到', '控制在', '保持在', '稳定在',
  '增加', '增长', '减少', '下降', '提高', '降低', '上涨', '上升', '涨幅', '增幅', '降幅', '达到', '超过', '突破', '转为',
  '左右', '以上', '以内', '以下', '分别', '实际', '同比', '其中', '预计', '预期', '拟按', '拟', '安排', '平均', '首次', '再', '又', '共', '约', '近',
  // `为此` points back at the sentence before: `此` alone paired one `中央财政为此…支出` with another (7 pairs shown over the judged sets, all judged different).
  '为此',
  '达', '为', '到', '至', '由', '从', '和', '及', '将', '要', '了', '的', '多', '余', '新',
  // Who is counted is the measure, not that people are: `高等教育在学人数` and `参保人数` shared only 人数 (judged different).
  '人数',
  // Over how many years, not what (`PERIOD` says that): `年均增长11.2%` names no measure.
  '年均', '平均每年', '累计',
];

export const STOCK = new RegExp([...STOCK_WORDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu');

/**
 * Where money comes from, or that it is spent, not what it is for:
 * `中央财政安排51亿元` names no measure of its own, `社会保障支出` /
 * `科技支出` share only that they are spending, `城市低保的补助资金136亿元`
 * / `保障性安居工程补助资金551亿元` only that they are subsidies, and
 * `中央财政将投入60亿元` / `中央财政科技投入1461亿元` only that money is put in
 * (school buildings against science), and `中央财政预算安排再就业补助资金83亿元`
 * / `中央财政预算拟安排补助资金1030亿元` only that it is budgeted.
 */
export const FUNDING = /中央财政|财政|预算|资金|用于|支出|补助|投入/gu;

/**
 * That a figure is a share, and of what whole (`占国内生产总值比重`, `…比例`,
 * `在国内生产总值中的比重`, `与国内生产总值之比`, `比重`, `占比`): not what it
 * measures, which is the share's subject. Left in, `研究与试验发展经费…占国内
 * 生产总值的比重` met `财政赤字…占国内生产总值比重在3%以内`, `民间投资比重` met
 * `服务业比重` (12 of the 20 share pairs shown over the ten judged sets were
 * judged different).
 */
export const SHARE_OF = new RegExp(`${SHARE_OF_GDP_SOURCE}|比重|占比`, 'gu');

/**
 * A budget's whole by its level of government: `中央财政赤字` is a part of
 * `财政赤字` (the whole country's, as `全国财政赤字`), and `地方财政赤字` the
 * other part. `FUNDING` strips `中央财政` as where money comes from, which
 * here it is not. Only right before `赤字`, `收入` or `支出`: `中央财政用于…`
 * is still a source.
 */
export const BUDGET_SCOPE = /(中央|地方)?(?:一般公共预算)?财政(?:赤字|收入|支出)/u;

/**
 * How an unemployment rate is counted: `城镇登记失业率` (those who register)
 * and `城镇调查失业率` (the labour survey, a target from 2018) are two
 * indicators, though they share every word but one (the four judged pairs
 * with one on each side were all judged different).
 */
export const UNEMPLOYMENT_COUNT = /(登记|调查)失业率/u;

/**
 * What is produced against what could be: `产量` ('产量') or a capacity
 * (`产能`, `生产能力`: ''). `粮食生产能力达到1.2万亿斤` / `粮食产量1.37万亿斤`
 * were judged different each of the four times they were shown, in four
 * sets; no judged pair with one on each side was the same indicator.
 */
export const OUTPUT_OR_CAPACITY = /(产量)|产能|生产能力/u;

/**
 * Firms alone ('') or firms and individuals: `减轻企业负担1500多亿元` /
 * `减轻企业和个人负担5000多亿元`, `降低企业税负5700多亿元` / `为企业和个人减税
 * 8000多亿元`, each judged different (3 of 3 judged pairs with one on each
 * side).
 */
export const FIRMS_OR_ALL = /企业([和、]个人)?/u;

/**
 * Every kind of a thing (`各项`) or one kind: `各项医疗保险参保超过13亿人` /
 * `城镇职工基本医疗保险参保人数达到1.8亿人`. Matches every clause, `各项` or not
 * (then ''), so that a figure with it never meets one without it; all 6
 * judged pairs with `各项` on one side only were different.
 */
export const EVERY_KIND = /(各项)|$/u;

/**
 * Which way direct investment goes: out of the country (`对外直接投资`,
 * `对外投资`: '对外') or into it (`外商直接投资`, `实际使用外资`: '').
 */
export const INVESTMENT_DIRECTION = /(对外)(?:直接)?投资|外商(?:直接)?投资|[利使]用外资/u;

/**
 * Homes (or works) completed (`基本建成`, `建成`, `竣工`: the group) against
 * homes started or being built (`开工`, `新建`, `建设`: ''): `建设保障性住房
 * 300万套` / `保障性住房基本建成432万套` and `新开工保障性安居工程666万套` /
 * `…住房基本建成772万套` were judged different each time (3 of 3 shown).
 */
export const BUILD_STAGE = /(基本建成|建成|竣工)|开工|新建|建设/u;

/**
 * Whose income: urban (`城镇居民人均可支配收入`) or rural residents'
 * (`农村居民人均纯收入`), or all residents' (`全国居民人均可支配收入`,
 * `居民人均可支配收入`: ''), counted apart since 2013, and in the shorter
 * `农村居民收入` / `居民收入`. Every judged income pair with one on each side
 * was judged different (12 of 12 over the twelve sets). Only income: the
 * medical-insurance subsidies of `城镇居民医保和新农合` against `城乡居民医保`
 * were judged the same 9 times of 12.
 */
export const INCOME_OF = /(城镇|农村)居民(?:家庭)?(?:人均)?(?:可支配|纯)?收入|居民(?:人均)?(?:可支配)?收入/u;

/**
 * Per unit of GDP (`单位国内生产总值能耗降低4%左右`) against GDP itself
 * (`国内生产总值增长8%左右`): the energy or carbon intensity of output is no
 * measure of output.
 */
export const PER_UNIT_OF_GDP = /(单位)?国内生产总值/u;

/**
 * All central budget investment (`中央预算内投资安排5000亿元`: '') against
 * its regular construction part (`中央预算内经常性建设投资804亿元`), a part
 * of a whole a few times its size: every judged pair with one on each side
 * was different (6 of 6, over four sets, three of them in the set judged
 * last, `skip-eight`, before this was read on it).
 */
export const CENTRAL_INVESTMENT_PART = /中央预算内(经常性建设)?投资/u;

/**
 * What splits one measure into indicators that the words around a figure
 * otherwise share. For each pattern, a figure's qualifier is the first group
 * of its first match in the clauses its measure is read from ('' when the
 * group is empty); two figures whose qualifiers differ for one pattern
 * measure different things, and a figure its clauses never match is not
 * compared on it.
 */
export const QUALIFIERS: readonly RegExp[] = [BUDGET_SCOPE, UNEMPLOYMENT_COUNT, OUTPUT_OR_CAPACITY, FIRMS_OR_ALL, EVERY_KIND, INVESTMENT_DIRECTION, BUILD_STAGE, INCOME_OF, PER_UNIT_OF_GDP, CENTRAL_INVESTMENT_PART];

/**
 * Where the text a figure's measure is read from ends: clause and list
 * punctuation, but not quotes or brackets (`用于“三农”的支出`).
 */
export const CLAUSE_STOP = /[，。；：、！？,;:!?\n]/u;

/** Where a `分别` list ends: `CLAUSE_STOP` but the enumeration comma, which runs between its items and its figures. */
export const LIST_STOP = /[，。；：！？,;:!?\n]/u;
/** Between a `分别` list's items: `、`, `和`, `以及`. */
export const LIST_ITEM_STOP = /、|以及|和/u;

/** Dates and bare numbers left once the figures are out (`从2002年`, `9月26日`). */
export const DATE_OR_NUMBER = new RegExp(`${NUMBER}(?:年|月|日)?`, 'gu');

/**
 * Words that make a figure one of several years (`年均增长5.1%`, `累计…`,
 * `五年来`): compared with a one-year figure it is another measure
 * (`实际增长8.1%` → `年均增长5.1%`).
 */
export const PERIOD = /年均|累计|平均每年|五年|十[一二三四]五/u;

/**
 * A sentence that opens a paragraph's stretch of several years (`五年来，`,
 * `过去五年间`): the figures after it in the paragraph are the years' sums,
 * until a sentence opens one year's (`ONE_YEAR_OPENER`, `LAST_YEAR_OPENER`). Gov 2018's review:
 * `扎实推进“三去一降一补”。五年来，…。退出钢铁产能1.7亿吨以上、煤炭产能8亿吨`,
 * once set against 2017's one year, `全年退出钢铁产能超过6500万吨`. Only the
 * words `来`, `间`, `里` make it so: with `五年，` and `过去五年，` counted too,
 * 4 judged-wrong figure pairs were shown more (five years' new rail lines
 * against a year's length of line).
 */
export const YEARS_OPENER = /^(?:过去)?(?:五|十)年(?:来|间|里)/u;
/**
 * A sentence that opens one year's account, the year just past (`过去一年，`,
 * `刚刚过去的2017年，`, `去年…`, `2012年，`): its figures and those after it in
 * the paragraph are that year's, even under a heading of several years. Gov
 * 2013, 2018 and 2023 open their five-year reviews with the last year
 * (`过去一年和五年工作回顾` / `过去一年，…国内生产总值增长3%，城镇新增就业1206万人`),
 * and those figures, read as five years' by the heading, met no year's before.
 */
export const LAST_YEAR_OPENER = /^(?:过去一年|刚刚过去的(?:19|20)\d\d年|去年|(?:19|20)\d\d年，)/u;
/**
 * A sentence that turns the paragraph back to one year without saying it is
 * the year's account (`今年`, `一年来`, `2022年底`): it ends a `YEARS_OPENER`
 * stretch, and the headings decide.
 */
export const ONE_YEAR_OPENER = /^(?:今年|一年来|(?:19|20)\d\d年)/u;

/**
 * The words of `PERIOD` that make the figure itself a sum over several years
 * (`累计减税超过2万亿元`), where the others may only date it: such a figure is
 * never a one-year level.
 */
export const CUMULATIVE = /累计/u;

/**
 * …and those that make it a yearly average over several years (`年均增长12.2%`,
 * `年均临时救助1100万人次`; not `YEAR_AVERAGE`, one year's average), never the
 * same measure as a figure that is not one, a five-year total included
 * (`城镇新增就业6600万人以上` / `城镇新增就业年均1270多万人`): of the judged pairs
 * with such a word on one side only, none was judged the same indicator.
 */
export const AVERAGE_OVER_YEARS = /年均|平均每年/u;

/**
 * The end of the text before a figure that makes it a change (`增长5.2%`,
 * `比上年增加1.1万亿元`, `增长目标为16%`, `增幅超过40%`); `增加到3664亿元` and
 * `降到5.5%` are levels, and so is `对经济增长的贡献率达到60%`; but a rise held to
 * a figure is still a rise (`居民消费价格涨幅控制在3.5%左右`, against the next
 * year's target `居民消费价格涨幅3%左右`), and so is more or less than last year
 * (`就业预期目标比去年多100万人`).
 */
export const CHANGE_BEFORE = /(?:(?:增长|下降|提高|降低|上涨|减少|增加|上升|提升|扩大|缩小|压减|削减|增幅|涨幅|降幅)(?:目标)?(?:拟定|预期)?均?(?:为|超过|达到|达|约|近|在|了)?|(?:增幅|涨幅|降幅)(?:控制|保持|稳定|回落)(?:在|到|至)|比(?:上|去)年末?[多少])$/u;

/**
 * What was newly added or built is a flow, a change over its year, wherever
 * the word stands before the figure (`新增发电装机8970万千瓦` against `发电装机
 * 容量达到2.5亿千瓦`; `城镇新增就业1244万人`; `新建高速铁路投产里程超过1900公里`
 * against `高速铁路运营里程达到1.1万公里`).
 */
export const NEWLY_ADDED = /新增|新建/u;

/** Before a change, that it is on the year before: `比去年增加1万亿元`, `比上年末增加8800多亿元`. */
export const ON_LAST_YEAR = /比(?:上|去)年/u;
/**
 * Before a change, that it is on a year named, not the last (`2007年，国内生产总值
 * 达到24.66万亿元，比2002年增长65.5%`): a change over several years, whatever the
 * paragraph's opening says.
 */
export const ON_NAMED_YEAR = /比(?:19|20)\d\d年/u;

/**
 * The end of the text before a figure that makes it a level (`达到134.9万亿元`,
 * `提高到58.5%`, `比重超过60%`; a fund's balance, `全国社会保障基金积累7810亿元`).
 */
export const LEVEL_BEFORE = /(?:到|至|为|达|超过|突破|占|控制在|保持在|积累)(?:约|近|了|的)?$/u;

/** A figure that is where a change started (`从1828亿美元增加到3256亿美元`, `由上年下降2.3%转为增长8.5%`): opens its clause's text before it. */
export const FROM_BEFORE = /[从由]/u;
/** …and is followed, before the next figure, by where it went. */
export const FROM_AFTER = /到|至|转为/u;

/**
 * What is trimmed from a clause to name a measure (`NumberChange.of`): the
 * words that lead to its figure (`国内生产总值达到134.9万亿元` → `国内生产总值`)
 * and the time or plan words before it (`拟安排地方政府专项债券` → `地方政府专项债券`).
 */
export const NAME_HEAD = /^(?:\d{4}年|今年|全年|去年|其中|拟安排|拟|安排)+/u;
export const NAME_TAIL = /(?:达到|超过|突破|增长|增加|提高到|增加到|上升到|为|约|近|达|了|的)+$/u;

/** A figure at the year's end (`年末城镇调查失业率降到5.5%`)… */
export const YEAR_END = /年末|年底/u;
/** …is another measure than the year's average (`城镇调查失业率平均为5.2%`); `平均每年` is a period (`PERIOD`), not this. */
export const YEAR_AVERAGE = /平均(?!每年)/u;
