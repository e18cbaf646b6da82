import { describe, expect, it } from 'vitest';
import { numberChanges } from '../../src/summary/number-changes.js';
import { wordDiff } from '../../src/diff/word-diff.js';
import { FIGURE, NUMBER_START } from '../../src/summary/number-rules.js';
import type { NumberContext } from '../../src/summary/number-changes.js';
import { carried, del, eq, ins, modified } from '../fixtures/summary/make-diff.js';

const figures = (text: string) => [...text.matchAll(FIGURE)].map((m) => m[0]);

describe('FIGURE', () => {
  it('finds figures with units in real report sentences, longest unit first', () => {
    // gov-work-report-2024.txt line 28
    expect(figures('国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人')).toEqual([
      '126万亿元',
      '5.2%',
      '1244万人',
    ]);
    // gov-work-report-2023.txt
    expect(figures('贷款平均利率较五年前下降1.5个百分点')).toEqual(['1.5个百分点']);
    expect(figures('全国832个贫困县全部摘帽')).toEqual(['832个']);
    expect(figures('年均临时救助1100万人次')).toEqual(['1100万人次']);
  });

  it('finds figures written in Chinese numerals, as the congress reports write them (cpc 20)', () => {
    expect(figures('国内生产总值从五十四万亿元增长到一百一十四万亿元，我国经济总量占世界经济的比重达百分之十八点五，提高七点二个百分点')).toEqual([
      '五十四万亿元',
      '一百一十四万亿元',
      '百分之十八点五',
      '七点二个百分点',
    ]);
    expect(figures('改造棚户区住房四千二百多万套')).toEqual(['四千二百多万套']);
    // 万 or 亿 inside a number, with digits after it, is part of it; at its end, of the unit.
    expect(figures('人均国内生产总值从三万九千八百元增加到八万一千元')).toEqual(['三万九千八百元', '八万一千元']);
    expect(figures('全社会研发经费支出从一万亿元增加到二万八千亿元')).toEqual(['一万亿元', '二万八千亿元']);
    expect(figures('基本养老保险覆盖十亿四千万人')).toEqual(['十亿四千万人']);
    // A count of a slogan's items, an ordinal, a year, a hundredfold and the tail of a number half in digits are none (cpc 20, gov 2016, 2008, 2018).
    expect(figures('明确“五位一体”总体布局和“四个全面”战略布局')).toEqual([]);
    expect(figures('制定“十四五”规划和二〇三五年远景目标')).toEqual([]);
    expect(figures('国民经济和社会发展第十三个五年规划纲要')).toEqual([]);
    expect(figures('我们要用百倍的努力')).toEqual([]);
    expect(figures('高速铁路运营里程从9000多公里增加到2万5千公里、占世界三分之二')).toEqual(['9000多公里']);
  });

  it('finds where the next number starts, in digits or in words, not at a numeral inside a word (进一步)', () => {
    expect('进一步增加到3.53亿千瓦'.search(NUMBER_START)).toBe(6);
    expect('增长到一百一十四万亿元'.search(NUMBER_START)).toBe(3);
    expect('统一规划，分步实施'.search(NUMBER_START)).toBe(-1);
  });

  it('ignores years and bare numbers', () => {
    expect(figures('2024年工作回顾，党的二十届三中全会')).toEqual([]);
    expect(figures('中国式现代化迈出新的坚实步伐，成立75周年')).toEqual([]);
  });
});

describe('numberChanges', () => {
  it('pairs a replaced amount with its context: 超过126万亿元 → 达到134.9万亿元', () => {
    const c = modified([eq('国内生产总值'), del('超过'), del('126'), ins('达到'), ins('134.9'), eq('万亿元')]);
    const [n, ...rest] = numberChanges(c);
    expect(rest).toEqual([]);
    expect(n.old).toMatchObject({ figure: '126万亿元', unit: '万亿元', before: '国内生产总值超过', cutBefore: false, after: '' });
    expect(n.new).toMatchObject({ figure: '134.9万亿元', value: '134.9', before: '国内生产总值达到', after: '' });
  });

  it('pairs amounts written in Chinese numerals: 八十万亿元 → 一百一十四万亿元 (cpc 19 → 20)', () => {
    const c = modified([eq('国内生产总值从五十四万亿元增长到'), del('八十'), ins('一百一十四'), eq('万亿元，')]);
    const [n, ...rest] = numberChanges(c);
    expect(rest).toEqual([]);
    expect(n.old).toMatchObject({ figure: '八十万亿元', value: '八十', unit: '万亿元' });
    expect(n.new).toMatchObject({ figure: '一百一十四万亿元', value: '一百一十四', unit: '万亿元' });
  });

  it('cuts long context to a few characters and marks the cut', () => {
    // 2024: 今年中央预算内投资拟安排7000亿元 / 2025: …7350亿元
    const c = modified([eq('今年中央预算内投资拟安排'), del('7000'), ins('7350'), eq('亿元')]);
    const [n] = numberChanges(c);
    expect(n.old.before).toBe('预算内投资拟安排');
    expect(n.old.cutBefore).toBe(true);
    expect(n.new.figure).toBe('7350亿元');
  });

  it('stops context at clause punctuation', () => {
    const c = modified([eq('国内生产总值达到134.9万亿元、增长'), del('5.2'), ins('5'), eq('%，增速居世界主要经济体前列')]);
    const [n] = numberChanges(c);
    expect(n.old).toMatchObject({ before: '增长', figure: '5.2%', after: '', cutBefore: false, cutAfter: false });
    expect(n.new.figure).toBe('5%');
  });

  it('pairs several figures of one clause in order, by unit', () => {
    const c = modified([eq('城镇新增就业'), del('1244'), ins('1256'), eq('万人、城镇调查失业率平均为'), del('5.2'), ins('5.1'), eq('%')]);
    expect(numberChanges(c).map((n) => [n.old.figure, n.new.figure])).toEqual([
      ['1244万人', '1256万人'],
      ['5.2%', '5.1%'],
    ]);
  });

  it('ignores unchanged figures, figures only added, and pairs without a diff', () => {
    expect(numberChanges(modified([eq('城镇新增就业1200万人'), ins('以上')]))).toEqual([]);
    expect(numberChanges(modified([del('稳步实施'), ins('持续推进'), eq('城市更新'), del('行动')]))).toEqual([]);
    expect(numberChanges(carried('城镇新增就业1200万人以上'))).toEqual([]);
  });
});

describe('numberChanges on pipeline-shaped diffs', () => {
  it('sees a figure changed by a deletion alone: 增长5[-.2-]% (2024 → 2025 report)', () => {
    // The diff compareTexts gives for these two sentences of the 2024 and 2025 reports.
    const c = modified([eq('国内生产总值'), del('超过126'), ins('达到134.9'), eq('万亿元，增长5'), del('.2'), eq('%。')]);
    expect(numberChanges(c).map((n) => `${n.old.before}${n.old.figure} → ${n.new.before}${n.new.figure}`)).toEqual([
      '国内生产总值超过126万亿元 → 国内生产总值达到134.9万亿元',
      '增长5.2% → 增长5%',
    ]);
    // The second clause names no measure: the first one does, and the summary says so.
    expect(numberChanges(c).map((n) => n.of)).toEqual([undefined, '国内生产总值']);
  });

  it('names the measure of a clause that opens with its year without the year (gov 2025 → Jiangsu 2025)', () => {
    // Jiangsu's …2024年地区生产总值达13.7万亿元、增长5.8%、… beside the national 国内生产总值达到134.9万亿元、增长5%，
    const c = pair('地区生产总值达到13.5万亿元、增长5%，', '2024年地区生产总值达13.7万亿元、增长5.8%、');
    expect(numberChanges(c, alone).map((n) => [n.new.figure, n.of])).toEqual([
      ['13.7万亿元', undefined],
      ['5.8%', '地区生产总值'],
    ]);
  });

  it('does not count text added right after a figure as changing it', () => {
    // 2023: 城镇新增就业1200万人左右 / 2024: 城镇新增就业1200万人以上
    expect(numberChanges(modified([eq('城镇新增就业1200万人'), del('左右'), ins('以上')]))).toEqual([]);
  });
});

describe('numberChanges pairing guards', () => {
  it('does not pair figures that measure different things (2024 → 2025 deficit sentence)', () => {
    expect(numberChanges(modified([del('赤字率拟按3%安排'), ins('比上年增加1.6万亿元')]))).toEqual([]);
  });

  it('pairs amounts of money written in different units', () => {
    // Neither clause names what grew: the clauses before them (linked) do, the deficit (gov 2024 → 2025).
    const linked: NumberContext = { subjectLinked: true, oldOverYears: false, newOverYears: false, oldBefore: '赤字规模4.06万亿元，', newBefore: '赤字规模5.66万亿元、' };
    const [n] = numberChanges(modified([eq('比上年'), del('年初预算增加1800亿'), ins('增加1.6万亿'), eq('元')]), linked);
    expect([n.old.figure, n.new.figure]).toEqual(['1800亿元', '1.6万亿元']);
  });

  it('keeps 斤 with its figure: 粮食产量1.3万亿斤以上 → 1.4万亿斤左右', () => {
    const [n] = numberChanges(modified([eq('粮食产量1.'), del('3'), ins('4'), eq('万亿斤'), del('以上'), ins('左右')]));
    expect([n.old.figure, n.new.figure, n.new.after]).toEqual(['1.3万亿斤', '1.4万亿斤', '左右']);
  });
});

/** A modified pair of two real clauses, diffed by character (enough to say which figures changed). */
function pair(oldText: string, newText: string) {
  return modified(wordDiff([...oldText], [...newText]));
}
const shown = (oldText: string, newText: string, context?: NumberContext) => numberChanges(pair(oldText, newText), context).map((n) => `${n.old.figure} → ${n.new.figure}`);
const alone: NumberContext = { subjectLinked: false, oldOverYears: false, newOverYears: false };
const subjectLinked: NumberContext = { ...alone, subjectLinked: true };
// The linked clauses before 2024's and 2025's 比上年增加…万亿元, which name what grew.
const spending: NumberContext = { ...subjectLinked, oldBefore: '一般公共预算支出规模28.5万亿元、', newBefore: '一般公共预算支出规模29.7万亿元、' };

// Each case below is a pair the engine links in the corpus (../shared/corpus), and
// a blind reader judged the figures the same indicator or not (bench/audits/numbers.judged.json).
describe('numberChanges: only figures of one measure', () => {
  it('drops two figures whose measures share nothing (gov 2009 → 2010)', () => {
    expect(shown('新增燃煤脱硫机组容量9712万千瓦，', '新增发电装机8970万千瓦，')).toEqual([]);
  });

  it('keeps two clauses that name no measure only when the clauses before them are linked and name one (gov 2008 → 2009, 2024 → 2025, 2007 → 2010)', () => {
    // 2008: social security spending, then 比上年增加458亿元; 2009: farm machinery subsidies, then 比上年增加90亿元.
    expect(shown('比上年增加458亿元。', '比上年增加90亿元。')).toEqual([]);
    expect(shown('比上年增加1.1万亿元，', '比上年增加1.2万亿元，', spending)).toEqual(['1.1万亿元 → 1.2万亿元']);
    // Linked, but two budget lines: the rural dibao's subsidy and affordable housing's.
    const twoLines = { ...subjectLinked, oldBefore: '中央财政用于城市低保的补助资金136亿元，', newBefore: '中央财政拟安排保障性住房专项补助资金632亿元，' };
    expect(shown('比上年增加24亿元，', '比上年增加81亿元。', twoLines)).toEqual([]);
  });

  it('reads where money comes from as no measure: 中央财政安排51亿元 (gov 2007 → 2008)', () => {
    expect(shown('中央财政安排51亿元，', '今年中央财政将安排832亿元，')).toEqual([]);
    // 支出 says only that money is spent: social security and science are two budget lines.
    expect(shown('今年中央财政安排社会保障支出2019亿元，', '今年中央财政将安排科技支出1134亿元，')).toEqual([]);
    // 补助 says only that it is a subsidy (gov 2007 → 2010): the rural dibao's against affordable housing's.
    expect(shown('中央财政用于城市低保的补助资金136亿元，', '中央财政安排保障性安居工程补助资金551亿元，')).toEqual([]);
    expect(shown('今年中央财政用于“三农”的支出达到3397亿元，', '中央财政安排用于“三农”的资金3917亿元，')).toEqual(['3397亿元 → 3917亿元']);
    // 投入 says only that money is put in (gov 2004 → 2009): rural school buildings against science…
    expect(shown('继续实施第二期农村中小学危房改造，中央财政将投入60亿元。', '今年中央财政科技投入1461亿元，')).toEqual([]);
    // 预算 says only that it is budgeted (gov 2004 → 2011): re-employment subsidies against housing subsidies.
    expect(shown('今年中央财政预算安排再就业补助资金83亿元，', '中央财政预算拟安排补助资金1030亿元，')).toEqual([]);
    // …but science is science, spent or put in (gov 2008 → 2009).
    expect(shown('今年中央财政将安排科技支出1134亿元，', '今年中央财政科技投入1461亿元，')).toEqual(['1134亿元 → 1461亿元']);
  });

  it('measures a share by its subject, not by the whole it is a share of (gov 2014 → 2018, 2013 → 2018, 2016 → 2017)', () => {
    expect(shown('民间投资比重上升到63%。', '服务业比重从45.3%上升到51.6%，')).toEqual([]);
    expect(shown('服务业增加值占国内生产总值比重提高2.7个百分点，', '清洁能源消费比重提高6.3个百分点。')).toEqual([]);
    expect(shown('服务业在国内生产总值中的比重上升到50.5%，', '服务业增加值占国内生产总值比重上升到51.6%。')).toEqual(['50.5% → 51.6%']);
  });

  it('drops a one-year change against a multi-year one (gov 2022 → 2023)', () => {
    expect(shown('居民人均可支配收入实际增长8.1%。', '全国居民人均可支配收入年均增长5.1%。')).toEqual([]);
    // The same from the section: a five-year review's flow against a year's.
    expect(shown('城镇新增就业1102万人；', '城镇新增就业5771万人，', { ...alone, newOverYears: 'said' })).toEqual([]);
  });

  it('keeps a level reached at the end of five years (gov 2012 → 2013)', () => {
    expect(shown('国内生产总值47.2万亿元，', '国内生产总值从26.6万亿元增加到51.9万亿元，', { ...alone, newOverYears: 'said' })).toEqual(['47.2万亿元 → 51.9万亿元']);
  });

  it("reads a fund's balance as a level, which a five-year heading leaves the current one (gov 2010 → 2011)", () => {
    expect(shown('全国社会保障基金积累6927亿元，', '全国社会保障基金积累7810亿元，', { ...alone, newOverYears: 'heading' })).toEqual(['6927亿元 → 7810亿元']);
  });

  it('keeps a figure said over several years apart from one year unless the words make it a level (gov 2013 → 2014)', () => {
    // 2013's five years of new high-speed lines against the network's length: judged different.
    expect(shown('其中高速铁路8951公里。', '铁路运营里程达到1.1万公里，', { ...alone, oldOverYears: 'said' })).toEqual([]);
  });

  it('reads a figure under a heading of several years alone as one year’s when the other is a level (gov 2022 plan → 2023 review)', () => {
    // 2023's 过去一年和五年工作回顾 gives 2022's harvest beside the five years'.
    expect(shown('粮食产量保持在1.3万亿斤以上，', '粮食产量1.37万亿斤，', { ...alone, newOverYears: 'heading' })).toEqual(['1.3万亿斤 → 1.37万亿斤']);
    expect(shown('粮食产量保持在1.3万亿斤以上，', '粮食产量1.37万亿斤，', { ...alone, newOverYears: 'said' })).toEqual([]);
  });

  it('drops a sum over years against one year, though either reads as a level (gov 2011 → 2012, 2018 → 2020)', () => {
    expect(shown('中央财政“三农”投入累计近3万亿元，', '中央财政“三农”支出超过1万亿元，')).toEqual([]);
    expect(shown('累计减税超过2万亿元，', '减税降费2.36万亿元，')).toEqual([]);
    // Against a figure said over years too (a five-year review's target), it stays.
    expect(shown('累计新增城镇就业5870万人，', '实现城镇新增就业5000万人以上。', { ...alone, newOverYears: 'said' })).toEqual(['5870万人 → 5000万人']);
  });

  it('never sets a yearly average against a total, even a five-year one (gov 2018 → 2023, 2013 → 2018)', () => {
    expect(shown('城镇新增就业6600万人以上，', '城镇新增就业年均1270多万人。', { ...alone, oldOverYears: 'said', newOverYears: 'said' })).toEqual([]);
    expect(shown('进出口总额年均增长12.2%，', '进出口增长14.2%，', { ...alone, newOverYears: 'said' })).toEqual([]);
    // Two yearly averages still pair (gov 2018 → 2023's five-year reviews).
    expect(shown('居民消费价格年均上涨1.9%，', '居民消费价格年均上涨2.1%，', { ...alone, oldOverYears: 'said', newOverYears: 'said' })).toEqual(['1.9% → 2.1%']);
  });

  it("keeps a budget's whole apart from its central or local part (gov 2009 → 2010, 2014 → 2017)", () => {
    expect(shown('拟安排中央财政赤字7500亿元，', '今年拟安排财政赤字10500亿元，')).toEqual([]);
    expect(shown('今年拟安排财政赤字13500亿元，', '地方财政赤字8300亿元。')).toEqual([]);
    expect(shown('拟安排中央财政赤字7500亿元，', '其中中央财政赤字8500亿元，')).toEqual(['7500亿元 → 8500亿元']);
    expect(shown('全国财政赤字合计9500亿元，', '今年拟安排财政赤字10500亿元，')).toEqual(['9500亿元 → 10500亿元']);
  });

  it("keeps urban residents' income apart from all residents' (gov 2014 → 2016, 2016 → 2017)", () => {
    expect(shown('城镇居民人均可支配收入实际增长7%，', '全国居民人均可支配收入实际增长7.4%，')).toEqual([]);
    expect(shown('全国居民人均可支配收入实际增长7.4%，', '全国居民人均可支配收入实际增长6.3%。')).toEqual(['7.4% → 6.3%']);
  });

  it('keeps the registered unemployment rate apart from the surveyed one (gov 2018 → 2021, 2017 → 2021)', () => {
    expect(shown('城镇登记失业率4.5%以内；', '城镇调查失业率控制在5.5%以内，')).toEqual([]);
    expect(shown('年末城镇登记失业率4.02%，', '年末全国城镇调查失业率降到5.2%。')).toEqual([]);
    expect(shown('城镇登记失业率4.5%以内；', '城镇登记失业率4.02%，')).toEqual(['4.5% → 4.02%']);
  });

  it('keeps all central budget investment apart from its regular construction part (gov 2007 → 2017, 2014 → 2016)', () => {
    expect(shown('拟安排中央预算内经常性建设投资804亿元，', '中央预算内投资安排5076亿元。')).toEqual([]);
    expect(shown('中央预算内投资拟增加到4576亿元，', '中央预算内投资安排5000亿元。')).toEqual(['4576亿元 → 5000亿元']);
  });

  it('keeps what firms are spared apart from what firms and individuals are (gov 2016 → 2017, 2017 → 2018)', () => {
    expect(shown('今年将比改革前减轻企业和个人负担5000多亿元，', '全年降低企业税负5700多亿元，')).toEqual([]);
    expect(shown('全年降低企业税负5700多亿元，', '全年再为企业和个人减税8000多亿元，')).toEqual([]);
  });

  it('keeps investment going out apart from investment coming in (gov 2006 → 2011)', () => {
    expect(shown('实际利用外商直接投资累计达到2740.8亿美元。', '累计对外直接投资2200亿美元，')).toEqual([]);
    expect(shown('实际使用外商直接投资1160亿美元，', '实际使用外资1263亿美元，')).toEqual(['1160亿美元 → 1263亿美元']);
  });

  it('keeps homes completed apart from homes started (gov 2010 → 2012, 2014 → 2016)', () => {
    expect(shown('建设保障性住房300万套，', '全年城镇保障性住房基本建成432万套，')).toEqual([]);
    expect(shown('新开工保障性安居工程666万套，', '城镇保障性安居工程住房基本建成772万套，')).toEqual([]);
    expect(shown('全年城镇保障性住房基本建成432万套，', '城镇保障性安居工程住房基本建成772万套，')).toEqual(['432万套 → 772万套']);
  });

  it('reads 为此 (for this) as no measure: two sums for what two sentences before them say (gov 2005 → 2006, 2006 → 2007)', () => {
    expect(shown('今年中央财政为此新增支出140亿元，', '中央财政为此将增加支出42亿元。')).toEqual([]);
    expect(shown('中央财政为此将增加支出42亿元。', '为此，中央财政增加支出28亿元。')).toEqual([]);
  });

  it('reads 人数 (the number of people) as no measure of its own: who is counted is (gov 2007 → 2008, 2014 → 2016)', () => {
    expect(shown('高等教育在学人数2500万人，', '2007年参保人数突破2亿人，')).toEqual([]);
    expect(shown('贫困地区农村学生上重点高校人数比上年增长8.5%。', '重点高校招收贫困地区农村学生人数又增长10.5%。')).toEqual(['8.5% → 10.5%']);
  });

  it('keeps every kind of a thing (各项) apart from one kind (gov 2010 → 2013, 2008 → 2013)', () => {
    expect(shown('城镇职工和城镇居民基本医疗保险参保4.01亿人，', '各项医疗保险参保超过13亿人，')).toEqual([]);
    expect(shown('2007年城镇职工基本医疗保险参保人数达到1.8亿人，', '各项医疗保险参保超过13亿人，')).toEqual([]);
  });

  it('keeps output apart from capacity (gov 2018 → 2020, 2018 → 2022)', () => {
    expect(shown('粮食生产能力达到1.2万亿斤，', '粮食产量保持在1.3万亿斤以上。')).toEqual([]);
    expect(shown('粮食生产能力达到1.2万亿斤，', '粮食产量1.37万亿斤，')).toEqual([]);
    expect(shown('粮食产量保持在1.3万亿斤以上。', '粮食产量1.37万亿斤，')).toEqual(['1.3万亿斤 → 1.37万亿斤']);
  });

  it('reads what was newly added or built as a change, wherever 新增 or 新建 stands (gov 1997 → 1998, 2014 → 2017)', () => {
    expect(shown('新增发电装机1500多万千瓦，', '发电装机容量达到2.5亿千瓦。')).toEqual([]);
    expect(shown('其中高速铁路运营里程达到1.1万公里，', '新建高速铁路投产里程超过1900公里，')).toEqual([]);
  });

  it('does not take the years a figure covers for its measure: two 年均增长 of different things (gov 2011 → 2013)', () => {
    expect(shown('年均增长11.2%，', '年均增长23.5%。')).toEqual([]);
  });

  it('drops a change on last year against a figure its words do not make a change (gov 2018 → 2020, 2022 → 2024)', () => {
    // The deficit against its rise on 2019: judged different, as every such pair over the judged sets.
    expect(shown('财政赤字2.38万亿元，', '赤字规模比去年增加1万亿元，')).toEqual([]);
    expect(shown('支出规模比去年扩大2万亿元以上。', '赤字规模4.06万亿元，')).toEqual([]);
    // Two changes on last year still pair.
    expect(shown('比上年增加1.1万亿元，', '比上年增加1.2万亿元，', spending)).toEqual(['1.1万亿元 → 1.2万亿元']);
  });

  it('drops a change against a level (gov 2007 → 2008)', () => {
    expect(shown('增加4442亿元。', '从2002年1288亿元增加到2007年的3664亿元，', subjectLinked)).toEqual([]);
    expect(shown('各类市场主体每天新增4.5万户。', '各类市场主体达到9800多万户，')).toEqual([]);
  });

  it('reads a rise held to a figure as a rise: 涨幅控制在3.5%左右 (gov 2014 → 2016)', () => {
    expect(shown('居民消费价格涨幅控制在3.5%左右，', '居民消费价格涨幅3%左右，')).toEqual(['3.5% → 3%']);
    // Held to a level, a level still: 控制在 alone is no rise.
    expect(shown('居民消费价格涨幅控制在3.5%左右，', '居民消费价格总水平控制在3%左右，')).toEqual([]);
  });

  it('keeps GDP apart from what is measured per unit of it (gov 2005 → 2007, 2011 → 2021)', () => {
    expect(shown('国内生产总值增长8%左右；', '但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、')).toEqual([]);
    expect(shown('单位国内生产总值能耗降低4%左右；', '单位国内生产总值能耗降低3%左右，')).toEqual(['4% → 3%']);
  });

  it("drops a year's flow against a change on the year before (gov 2013 → 2017, 2011 → 2017)", () => {
    expect(shown('城镇新增就业1266万人，', '城镇新增就业预期目标比去年多100万人，')).toEqual([]);
    // Two flows still meet (gov 2023 → 2024).
    expect(shown('城镇新增就业1206万人，', '城镇新增就业1244万人，')).toEqual(['1206万人 → 1244万人']);
  });

  it('reads a change on a year named, not the last, as over several years (gov 2006 → 2008)', () => {
    // 2008's five-year review: 2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%; 2006: 全年国内生产总值达到18.23万亿元，比上年增长9.9%.
    const gdp = { ...subjectLinked, oldBefore: '全年国内生产总值达到18.23万亿元，', newBefore: '2007年，国内生产总值达到24.66万亿元，' };
    expect(shown('比上年增长9.9%；', '比2002年增长65.5%，', gdp)).toEqual([]);
    expect(shown('比上年增长9.9%；', '比上年增长11.4%，', gdp)).toEqual(['9.9% → 11.4%']);
  });

  it('pairs the end of a “from A to B” with a level, never its start (gov 2018 → 2020)', () => {
    expect(shown('城镇化率从52.6%提高到58.5%，', '常住人口城镇化率首次超过60%，')).toEqual(['58.5% → 60%']);
  });

  it('reads a growth target as a change: 增长目标拟定为13% (gov 2012 → 2013)', () => {
    expect(shown('广义货币M2预期增长14%，', '广义货币M2预期增长目标拟定为13%左右，')).toEqual(['14% → 13%']);
    expect(shown('科技进步对经济增长的贡献率达到60%，', '科技进步贡献率上升到56.2%，')).toEqual(['60% → 56.2%']);
  });

  it('drops a year-end figure against a yearly average (gov 2022 → 2023), but not a deadline after the figure (gov 2018 → 2020)', () => {
    expect(shown('城镇调查失业率平均为5.1%。', '年末城镇调查失业率降到5.5%，')).toEqual([]);
    expect(shown('城镇调查失业率平均为5.1%。', '城镇调查失业率平均为5.2%。')).toEqual(['5.1% → 5.2%']);
    expect(shown('一般工商业电价平均降低10%。', '降低工商业电价5%政策延长到今年年底。')).toEqual(['10% → 5%']);
  });

  it('reads each figure of a 分别 list as its own item (gov 2014 → 2017, 2007 → 2010, 2010 → 2013)', () => {
    // By clauses, both figures measured the last item: 2.9% (化学需氧量) went with 4% (氮氧化物), judged different.
    expect(shown('二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。', '二氧化硫、氮氧化物排放量分别下降5.6%和4%，')).toEqual(['3.5% → 5.6%']);
    // Science spending with science spending (judged the same), which by clauses measured 文化事业的支出.
    expect(shown('全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元，', '中央财政用于科技的支出1512亿元，增长30%。')).toEqual([
      '774亿元 → 1512亿元',
    ]);
    expect(shown('非金融类对外直接投资和对外工程承包营业额分别达433亿美元和777亿美元。', '非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元，')).toEqual([
      '433亿美元 → 772亿美元',
    ]);
  });

  it('leaves the words a 分别 list shares to every item (gov 2018 → 2021)', () => {
    // 人均财政补助标准 belongs to both items: 居民医保's 30元 is the 40元's successor (judged the same), not 5元 of 基本公共卫生服务经费.
    expect(shown('居民基本医保人均财政补助标准再增加40元，', '居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元，')).toEqual(['40元 → 30元']);
  });

  it("reads a 分别 list's later figures as changes or levels as its first (gov 2022 → 2023)", () => {
    // 5元 is a rise, as 30元 is (分别再提高), not the level 84元 it rose to: judged different.
    expect(shown('居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元，', '基本公共卫生服务经费人均财政补助标准从50元提高到84元。')).toEqual([]);
  });

  it('pairs figures of a list by their measure before their unit (gov 2017 → 2018)', () => {
    expect(shown('全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨，', '退出钢铁产能1.7亿吨以上、煤炭产能8亿吨，')).toEqual([
      '6500万吨 → 1.7亿吨',
      '2.9亿吨 → 8亿吨',
    ]);
  });
});
