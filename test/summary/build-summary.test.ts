import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/report.js';
import { buildSummary, hasChanges, type ClaimGroup } from '../../src/summary/index.js';
import { added, carried, del, dropped, eq, ins, makeDiff, modified } from '../fixtures/summary/make-diff.js';
import { filesDiff, fixture, seedDiff } from '../helpers/seeds.js';
import { renderSummaryText } from '../../src/render/markdown/summary-text.js';

const PLAN = ['2025年政府工作任务'];
const claims = (groups: ClaimGroup[]) => groups.flatMap((g) => g.claims.items);

describe('buildSummary', () => {
  const diff = makeDiff([
    carried('经济运行总体平稳、稳中有进'),
    modified([eq('国内生产总值'), del('超过126'), ins('达到134.9'), eq('万亿元')]),
    added('大力提振消费、提高投资效益，全方位扩大国内需求', PLAN),
    modified([del('稳步实施'), ins('扎实推进'), eq('城市更新'), del('行动')], PLAN, true, ['2024年政府工作任务']),
    carried('加强充电桩、冷链物流、寄递配送设施建设', PLAN, true, ['2024年政府工作任务']),
    dropped('加快发展新质生产力', PLAN),
  ]);

  it('sorts changes into the lists, keeping reading order', () => {
    const s = buildSummary(diff);
    expect(claims(s.added).map((u) => u.text)).toEqual(['大力提振消费、提高投资效益，全方位扩大国内需求']);
    expect(claims(s.dropped).map((u) => u.text)).toEqual(['加快发展新质生产力']);
    expect(s.reworded.items.map((r) => r.new.text)).toEqual(['国内生产总值达到134.9万亿元', '扎实推进城市更新']);
    expect(s.moved.items.map((m) => [m.new.text, m.kind])).toEqual([
      ['扎实推进城市更新', 'modified'],
      ['加强充电桩、冷链物流、寄递配送设施建设', 'carried'],
    ]);
    expect(s.numbers.items.map((n) => `${n.old.figure}→${n.new.figure}`)).toEqual(['126万亿元→134.9万亿元']);
    expect(s.changed).toBe(true);
  });

  it('shows a figure pair once per section when both reports give the target twice (gov 2008 → 2010)', () => {
    // 2008: …居民消费价格总水平涨幅控制在4.8%左右; 2010: …居民消费价格涨幅3%左右, each in the list of targets and again where it is explained.
    const target = () => modified([eq('居民消费价格'), del('总水平'), eq('涨幅'), del('控制在4.8'), ins('3'), eq('%左右；')], ['2010年主要任务']);
    const twice = buildSummary(makeDiff([target(), target()]));
    expect(twice.numbers.items.map((n) => `${n.old.figure} → ${n.new.figure}`)).toEqual(['4.8% → 3%']);
    // In two sections, twice.
    const elsewhere = modified([eq('居民消费价格'), del('总水平'), eq('涨幅'), del('控制在4.8'), ins('3'), eq('%左右；')], ['2010年主要任务', '加强和改善宏观调控']);
    expect(buildSummary(makeDiff([target(), elsewhere])).numbers.items).toHaveLength(2);
  });

  it("sets a claim's figure beside its closest unit's when the two say the same but for their figures (gov 2010 → 2011)", () => {
    // 2010's 城镇新增就业1102万人 was linked to 2011's five-year 城镇新增就业5771万人 (no figure pair: a year against five),
    // and 2011's 城镇新增就业1168万人 (2010's, in its 2011年的工作) was left a claim, its closest unit 2010's.
    const link = modified([eq('城镇新增就业'), del('1102'), ins('5771'), eq('万人'), del('；'), ins('，')], ['“十一五”时期国民经济和社会发展的回顾'], false, ['2009年工作回顾']);
    const claim = { ...added('城镇新增就业1168万人，', ['2011年的工作']), closest: { id: link.old!.id, similarity: 1, wording: 1 } };
    const fiveYears = { ...added('五年城镇新增就业4500万人。', ['“十二五”时期的主要目标和任务']), closest: { id: link.old!.id, similarity: 0.835, wording: 0.875 } };
    const other = { ...added('全年进出口总额2.97万亿美元，'), closest: { id: link.old!.id, similarity: 0.3, wording: 0 } };
    const shown = buildSummary(makeDiff([link, claim, fiveYears, other])).numbers.items.map((n) => `${n.old.figure} → ${n.new.figure}`);
    expect(shown).toEqual(['1102万人 → 1168万人']);
  });

  it("sets a claim's figure beside a close unit that says more, for a measure both name in the same words", () => {
    // 2024 links its 国内生产总值超过126万亿元，增长5.2%， to 2023's five-year 国内生产总值增加到121万亿元，,
    // leaving 2023's 全年国内生产总值增长3%， (its paragraph opens 过去一年，) a claim whose closest unit it is (0.66).
    const link = modified([eq('国内生产总值'), del('增加到121'), ins('超过126'), eq('万亿元，'), ins('增长5.2%，')], ['2024年工作回顾'], false, ['过去一年和五年工作回顾']);
    const claim = (text: string, similarity: number) => ({ ...dropped(text, ['2022年工作回顾']), closest: { id: link.new!.id, similarity, wording: 0.571 } });
    const shown = (...claims: Change[]) => buildSummary(makeDiff([link, ...claims])).numbers.items.map((n) => `${n.old.figure} → ${n.new.figure}`);
    expect(shown(claim('全年国内生产总值增长3%，', 0.655))).toEqual(['121万亿元 → 126万亿元', '3% → 5.2%']);
    // Not when the unit is less close than the views' `close` grade (with a second growth figure left, which
    // keeps \`loneFigures\` out), nor for another measure, however close.
    const target = { ...dropped('国内生产总值增长5%左右；', ['2023年政府工作任务']), closest: { id: link.new!.id, similarity: 0.3, wording: 0.571 } };
    expect(shown(claim('全年国内生产总值增长3%，', 0.45), target)).toEqual(['121万亿元 → 126万亿元']);
    expect(shown(claim('全年国内生产总值增长3%，', 0.655), target)).toEqual(['121万亿元 → 126万亿元', '3% → 5.2%']);
    expect(shown(claim('人均国内生产总值增长5.4%，', 0.7))).toEqual(['121万亿元 → 126万亿元']);
  });

  it('sets a figure no link pairs beside the one figure left that measures the same, and only the one', () => {
    const link = modified([eq('国内生产总值'), del('达到114'), ins('增加到121'), eq('万亿元，'), del('增长8.1%。')], ['过去一年和五年工作回顾'], false, ['2022年工作回顾']);
    const shown = (...claims: Change[]) => buildSummary(makeDiff([link, ...claims])).numbers.items.map((n) => `${n.old.figure} → ${n.new.figure}`);
    expect(shown(added('全年国内生产总值增长3%，', ['2023年工作回顾']))).toEqual(['114万亿元 → 121万亿元', '8.1% → 3%']);
    // Two candidates on a side: neither.
    expect(shown(added('全年国内生产总值增长3%，', ['2023年工作回顾']), added('国内生产总值增长4%，', ['2023年工作回顾']))).toEqual(['114万亿元 → 121万亿元']);
  });

  it('caps each list and counts what it left out', () => {
    const many = makeDiff(Array.from({ length: 25 }, (_, i) => added(`新增举措${i}`)));
    const s = buildSummary(many, { limit: 20 });
    // A report with no parts found gives one group.
    expect(s.added).toHaveLength(1);
    expect(s.added[0].claims.items).toHaveLength(20);
    expect(s.added[0].claims.more).toBe(5);
    expect(s.added[0].claims.total).toBe(25);
    expect(buildSummary(many, { limit: 0 }).added[0].claims.items).toHaveLength(25);
  });
});

describe('hasChanges', () => {
  it('is false when everything was carried over in place', () => {
    expect(hasChanges(makeDiff([carried('经济运行总体平稳')]).counts)).toBe(false);
    expect(hasChanges(makeDiff([carried('经济运行总体平稳', ['b'], true, ['a'])]).counts)).toBe(true);
    expect(hasChanges(makeDiff([dropped('加快发展新质生产力')]).counts)).toBe(true);
  });
});

describe('new and dropped claims in the summary (gov 2024 → 2025)', () => {
  it("groups the claims by the part of their report, the plan's first, the review's next", async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const s = buildSummary(d, { limit: 0 });
    expect(s.added.map((g) => [g.part, g.title])).toEqual([
      ['plan', '2025年经济社会发展总体要求和政策取向'],
      ['review', '2024年工作回顾'],
    ]);
    expect(s.dropped.map((g) => [g.part, g.title])).toEqual([
      ['plan', '2024年经济社会发展总体要求和政策取向'],
      ['review', '2023年工作回顾'],
    ]);
    for (const [groups, kind, meta] of [[s.added, 'new', d.new], [s.dropped, 'dropped', d.old]] as const) {
      expect(groups.reduce((n, g) => n + g.claims.total, 0)).toBe(d.counts[kind]);
      // Each claim sits inside its group's part of the report, as the report's own parts say.
      for (const g of groups) {
        const part = meta.parts.find((p) => p.kind === g.part)!;
        for (const u of g.claims.items) expect(u.start >= part.start && u.start < part.end, u.text).toBe(true);
      }
    }
    // The capped list opens with the plan's surest claims, not the review's results.
    const capped = buildSummary(d);
    expect(capped.added[0].claims.items.map((u) => u.text)).toContain('稳住楼市股市，');
    expect(capped.added[0].claims.items.map((u) => u.text)).not.toContain('我国经济实力、科技实力、综合国力持续增强，');
    expect(claims([s.added[1]]).map((u) => u.text)).toContain('我国经济实力、科技实力、综合国力持续增强，');
    // The review's list opens with an initiative most of whose words 2024 never uses (筹办, 第九届, 亚洲, 冬季, 运动会), not with the review's first sentence;
    // a result every word of which is new comes after the initiatives.
    const review = capped.added[1].claims.items.map((u) => u.text);
    expect(review[0]).toBe('扎实筹办第九届亚洲冬季运动会，');
    expect(review.indexOf('大量珍稀濒危野生动植物种群稳步增长。')).toBeGreaterThan(review.indexOf('降低交易环节税费水平，'));
    expect(capped.added[0].claims.more).toBe(capped.added[0].claims.total - 20);
  });

  it('lists the surest claims of each group first (sure, alike, unsure, close, then phrases that only open a sentence), the sure ones naming an initiative first and each most novel first, the others in reading order', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const s = buildSummary(d, { limit: 0 });
    for (const [groups, kind] of [[s.added, 'new'], [s.dropped, 'dropped']] as const) {
      const all = new Set(claims(groups).map((u) => u.id));
      const claimsOf = d.changes.filter((c) => c.kind === kind && all.has((c.new ?? c.old)!.id));
      expect(claimsOf).toHaveLength(d.counts[kind]);
      for (const { claims: list, alike, unsure, close, framing } of groups) {
        const mine = new Set(list.items.map((u) => u.id));
        const listed = claimsOf.filter((c) => mine.has((c.new ?? c.old)!.id));
        // Phrases that only open a sentence (面对外部环境变化，) come last, whatever their grade.
        const phrases = listed.filter((c) => c.framing);
        expect(framing).toBe(phrases.length);
        const inGroup = listed.filter((c) => !c.framing);
        const named = (c: { novel?: string[] }) => c.novel!.length > 0;
        // Alike in words from 0.3 or in wording from 0.3 (as printed); close in words from 0.5, or in wording naming no word.
        const worded = (c: { closest?: { wording: number } }) => Math.round((c.closest?.wording ?? 0) * 100) >= 30;
        const near = (c: { closest?: { similarity: number; wording: number } }) => (c.closest?.similarity ?? 0) >= 0.3 || worded(c);
        const isClose = (c: { novel?: string[]; closest?: { similarity: number; wording: number } }) =>
          Math.round((c.closest?.similarity ?? 0) * 100) >= 50 || (!named(c) && worded(c));
        expect(close).toBe(inGroup.filter((c) => isClose(c)).length);
        expect(unsure).toBe(inGroup.filter((c) => !named(c) && !isClose(c)).length);
        expect(alike).toBe(inGroup.filter((c) => named(c) && near(c) && !isClose(c)).length);
        // Each grade but the first keeps the diff's order (NEW's reading order, dropped units after the unit they followed);
        // the sure claims naming an initiative come first, then the others, each by the share of their letters and ideographs that their novel words make up, ties in that order.
        const ids = (xs: Array<{ id: number }>) => xs.map((u) => u.id);
        const share = (u: { text: string; novel?: string[] }) => Math.min(1, u.novel!.join('').length / u.text.replace(/[^\p{L}\p{N}]/gu, '').length);
        const byShare = <T extends { text: string; novel?: string[]; initiative?: true }>(xs: T[]) =>
          xs.map((u, i) => ({ u, i })).sort((a, b) => Number(!!b.u.initiative) - Number(!!a.u.initiative) || share(b.u) - share(a.u) || a.i - b.i).map(({ u }) => u);
        const units = inGroup.map((c) => ({ ...(c.new ?? c.old)!, novel: c.novel, closest: c.closest, initiative: c.initiative }));
        for (const u of list.items) expect(u.trust, u.text).toBe(isClose(u) ? 'close' : !named(u) ? 'unsure' : near(u) ? 'alike' : 'sure');
        expect(ids(list.items)).toEqual([
          ...ids(byShare(units.filter((u) => named(u) && !near(u)))),
          ...ids(units.filter((u) => named(u) && near(u) && !isClose(u))),
          ...ids(units.filter((u) => !named(u) && !isClose(u))),
          ...ids(units.filter((u) => isClose(u))),
          ...ids(phrases.map((c) => (c.new ?? c.old)!)),
        ]);
      }
      for (const grade of ['alike', 'unsure', 'close'] as const) expect(groups[0][grade]).toBeGreaterThan(0);
      expect(groups.reduce((n, g) => n + g.framing, 0)).toBeGreaterThan(0);
    }
    // The capped lists show the surest claims: 2024's opening line 过去一年，是全面贯彻党的二十大精神的开局之年 (every word in 2025)
    // and 2025's 过去一年，我国发展历程很不平凡 (not in 2024: 历程, 平凡; but 2024's opening line is alike, 0.429) are not among the first 20.
    const capped = buildSummary(d);
    for (const list of [...capped.added, ...capped.dropped]) expect(list.claims.items.every((u) => u.novel!.length > 0 && (!u.closest || u.closest.similarity < 0.3))).toBe(true);
    expect(claims(capped.dropped).map((u) => u.text)).not.toContain('过去一年，是全面贯彻党的二十大精神的开局之年，');
    expect(claims(capped.added).map((u) => u.text)).not.toContain('过去一年，我国发展历程很不平凡。');
    expect(claims(s.added).find((u) => u.text === '过去一年，我国发展历程很不平凡。')?.closest?.similarity).toBe(0.429);
  });
});

describe("dropped claims of a year's review that NEW's longer review takes in (gov 2022 → 2023, 2023 → 2024)", () => {
  it("marks OLD's review when NEW's covers its year and more, and says so under the list", async () => {
    const s = buildSummary(await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt'));
    const review = s.dropped.find((g) => g.part === 'review')!;
    expect(review.years).toEqual([2021]);
    // 2023's 过去一年和五年工作回顾.
    expect(review.widerReview).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(s.dropped.find((g) => g.part === 'plan')!.widerReview).toBeUndefined();
    expect(s.added.every((g) => g.widerReview === undefined)).toBe(true);
    const text = renderSummaryText(s, { color: false });
    expect(text).toContain("NEW's review covers 2018–2022, this one 2021 only: what it reports is often summed up there");
    expect(text.split("NEW's review covers")).toHaveLength(2);
  });

  it("leaves alone a review NEW's does not take in (2023's five years against 2024's one)", async () => {
    const s = buildSummary(await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt'));
    expect([...s.added, ...s.dropped].every((g) => g.widerReview === undefined)).toBe(true);
  });
});

describe('buildSummary: changed figures of real reports', () => {
  const figures = async (oldFile: string, newFile: string) =>
    buildSummary(await seedDiff(oldFile, newFile), { limit: 0 }).numbers.items.map((n) => `${n.old.figure} → ${n.new.figure}`);

  it('keeps a clause that names no measure when the clauses before it are linked (2024 → 2025)', async () => {
    // 一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元 / …29.7万亿元、比上年增加1.2万亿元
    expect(await figures('gov-work-report-2024.txt', 'gov-work-report-2025.txt')).toContain('1.1万亿元 → 1.2万亿元');
    const s = buildSummary(await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt'), { limit: 0 });
    // …and names what grew, from the clause before it in NEW.
    expect(s.numbers.items.find((n) => n.new.figure === '1.2万亿元')?.of).toBe('一般公共预算支出规模');
  });

  it("does not set 2014's urban residents' income growth against 2016's for all residents (gov 2014 → 2016)", async () => {
    // 城镇居民人均可支配收入实际增长7% / 全国居民人均可支配收入实际增长7.4%: two indicators since 2013.
    const shown = await figures('gov-work-report-2014.txt', 'gov-work-report-2016.txt');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).not.toContain('7% → 7.4%');
  });

  // Paragraphs of the corpus (test/fixtures/summary): the matcher links their `比上年增加…亿元` clauses, and the clauses before them.
  const excerptFigures = async (oldFile: string, newFile: string) =>
    buildSummary(await filesDiff(fixture(`summary/${oldFile}`), fixture(`summary/${newFile}`)), { limit: 0 }).numbers.items.map((n) => `${n.old.figure} → ${n.new.figure}`);

  it('does not let two clauses of funding words alone vouch for the clauses after them (gov 2008 → 2009)', async () => {
    // 为加快社会保障体系建设，今年中央财政将安排2762亿元，比上年增加458亿元 / 农机具购置补贴…，中央财政拟安排资金130亿元，比上年增加90亿元
    expect(await excerptFigures('gov-work-report-2008-social-security.txt', 'gov-work-report-2009-farm-subsidies.txt')).toEqual([]);
  });

  it('does not pair the changes after two linked clauses that name two budget lines (gov 2007 → 2010)', async () => {
    // 中央财政用于城市低保的补助资金136亿元，比上年增加24亿元 / 中央财政拟安排保障性住房专项补助资金632亿元，比上年增加81亿元
    expect(await excerptFigures('gov-work-report-2007-social-security.txt', 'gov-work-report-2010-housing.txt')).toEqual([]);
  });

  it("names a 分别 list's item, which the quote of a later figure does not show (2014, review → plan)", async () => {
    const s = buildSummary(await seedDiff('gov-work-report-2014.txt#review', 'gov-work-report-2014.txt#plan'), { limit: 0 });
    // 2013: 二氧化硫、化学需氧量排放量分别下降3.5%、2.9%; 2014's plan: 化学需氧量、二氧化硫排放量都要减少2%.
    const n = s.numbers.items.find((x) => x.new.figure === '2%' && x.new.before.endsWith('都要减少'))!;
    expect([n.of, n.old.before, n.old.figure]).toEqual(['化学需氧量排放量', '', '2.9%']);
  });

  it("drops a year's count against a five-year review's, and keeps a budget line (2017 → 2018)", async () => {
    const shown = await figures('gov-work-report-2017.txt', 'gov-work-report-2018.txt');
    // 新设6个国家自主创新示范区 (2016) / 新设14个… under 2018's 过去五年工作回顾
    expect(shown).not.toContain('6个 → 14个');
    expect(shown).toContain('5076亿元 → 5376亿元');
  });

  it("drops a year's figure against one its paragraph's 五年来 makes the five years' sum (2017 → 2018)", async () => {
    // 2017: 全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨; 2018: 扎实推进“三去一降一补”。五年来，…。退出钢铁产能1.7亿吨以上、煤炭产能8亿吨
    const shown = await figures('gov-work-report-2017.txt', 'gov-work-report-2018.txt');
    expect(shown.filter((f) => f.startsWith('6500万吨') || f.startsWith('2.9亿吨'))).toEqual([]);
    // One year's figure in 2023's 过去一年和五年工作回顾, whose paragraph opens with 2022, still meets 2022's plan.
    expect(await figures('gov-work-report-2022.txt#plan', 'gov-work-report-2023.txt#review')).toContain('1.3万亿斤 → 1.37万亿斤');
  });

  it("pairs a year's GDP growth with the figure a unit of two gives beside the level (2023 → 2024)", async () => {
    // 2023: 全年国内生产总值增长3%， (a claim); 2024: 国内生产总值超过126万亿元，增长5.2%， (linked to 2023's five-year level).
    const s = buildSummary(await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt'), { limit: 0 });
    const n = s.numbers.items.filter((x) => x.old.figure === '3%');
    expect(n.map((x) => [x.old.before, x.new.figure, x.of])).toEqual([['国内生产总值增长', '5.2%', undefined]]);
  });

  it("pairs a year's GDP growth that no link or closest unit reaches, as the only figure of its measure left (2021 → 2022 → 2023)", async () => {
    // 2022: 国内生产总值达到114万亿元，增长8.1%。 (one unit, linked to the five-year levels of 2021 and 2023);
    // 2021: 全年国内生产总值增长2.3%， and 2023: 全年国内生产总值增长3%， (claims beside the growth targets).
    expect(await figures('gov-work-report-2021.txt', 'gov-work-report-2022.txt')).toContain('2.3% → 8.1%');
    expect(await figures('gov-work-report-2022.txt', 'gov-work-report-2023.txt')).toContain('8.1% → 3%');
    // A clause that names no measure reads it from the clause before it: 2014's 国内生产总值达到56.9万亿元，比上年增长7.7%。
    const s = buildSummary(await seedDiff('gov-work-report-2014.txt', 'gov-work-report-2016.txt'), { limit: 0 });
    expect(s.numbers.items.filter((n) => n.old.figure === '7.7%').map((n) => [n.of, n.old.before, n.new.figure])).toEqual([['国内生产总值', '比上年增长', '6.9%']]);
    // Not a list's later item, whose years are its first item's: 2014's 今年要淘汰钢铁2700万吨、水泥4200万吨 / 2016's 近三年淘汰…、水泥2.3亿吨.
    expect(await figures('gov-work-report-2014.txt', 'gov-work-report-2016.txt')).not.toContain('4200万吨 → 2.3亿吨');
  });

  it("sets a year's growth beside the year before's, not beside a target of the other part that is as close (2020 → 2021)", async () => {
    // 2020: 国内生产总值达到99.1万亿元，增长6.1%。 (2019); 2021's review: 全年国内生产总值增长2.3%，, its plan: 国内生产总值增长6%以上；
    // both claims, both close to 2020's unit.
    const shown = await figures('gov-work-report-2020.txt', 'gov-work-report-2021.txt');
    expect(shown).toContain('6.1% → 2.3%');
    expect(shown).not.toContain('6.1% → 6%');
  });

  it('pairs the figure of a clause merged into its neighbour, but not a figure said twice again (2024 → 2025)', async () => {
    // 2024: 城镇新增就业1244万人，城镇调查失业率平均为5.2%。 2025: 城镇新增就业1256万人、城镇调查失业率平均为5.1%，
    const s = buildSummary(await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt'), { limit: 0 });
    const shown = s.numbers.items.map((n) => `${n.old.figure} → ${n.new.figure}`);
    expect(shown).toContain('1244万人 → 1256万人');
    expect(shown).toContain('5.2% → 5.1%');
    // 2025 gives its 居民消费价格涨幅2%左右 target twice, both linked to 2024's one: one pair.
    expect(s.numbers.items.filter((n) => n.old.before === '居民消费价格涨幅' && n.old.figure === '3%')).toHaveLength(1);
  });

  it("reads a year's account that opens a sentence in a five-year review as that year's (2023 → 2024, 2017 → 2018, gov 2007 → 2008, 2012 → 2013)", async () => {
    // 2023's 过去一年和五年工作回顾: 过去一年，…国内生产总值增长3%，城镇新增就业1206万人，…粮食产量1.37万亿斤
    const shown = await figures('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    expect(shown).toContain('1206万人 → 1244万人');
    expect(shown).toContain('1.37万亿斤 → 1.39万亿斤');
    // 2018's 过去五年工作回顾: 刚刚过去的2017年，…。国内生产总值增长6.9%，…城镇新增就业1351万人
    expect(await figures('gov-work-report-2017.txt', 'gov-work-report-2018.txt')).toContain('1314万人 → 1351万人');
    // The figure's own sentence opens it: 去年居民消费价格总水平比上年上涨4.8% (2008's 过去五年工作回顾).
    expect(await excerptFigures('gov-work-report-2007-prices.txt', 'gov-work-report-2008-five-years.txt')).toContain('1.5% → 4.8%');
    // 2013's 过去五年工作回顾: 2012年，…国内生产总值增长7.8%，城镇新增就业1266万人
    expect(await excerptFigures('gov-work-report-2012-employment.txt', 'gov-work-report-2013-five-years.txt')).toContain('1221万人 → 1266万人');
  });
});
