import { describe, expect, it } from 'vitest';
import { buildSummary, hasChanges } from '../../src/summary/index.js';
import { added, carried, del, dropped, eq, ins, makeDiff, modified } from '../fixtures/summary/make-diff.js';
import { seedDiff } from '../helpers/seeds.js';

const PLAN = ['2025年政府工作任务'];

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
    expect(s.added.items.map((u) => u.text)).toEqual(['大力提振消费、提高投资效益，全方位扩大国内需求']);
    expect(s.dropped.items.map((u) => u.text)).toEqual(['加快发展新质生产力']);
    expect(s.reworded.items.map((r) => r.new.text)).toEqual(['国内生产总值达到134.9万亿元', '扎实推进城市更新']);
    expect(s.moved.items.map((m) => [m.new.text, m.kind])).toEqual([
      ['扎实推进城市更新', 'modified'],
      ['加强充电桩、冷链物流、寄递配送设施建设', 'carried'],
    ]);
    expect(s.numbers.items.map((n) => `${n.old.figure}→${n.new.figure}`)).toEqual(['126万亿元→134.9万亿元']);
    expect(s.changed).toBe(true);
  });

  it('caps each list and counts what it left out', () => {
    const many = makeDiff(Array.from({ length: 25 }, (_, i) => added(`新增举措${i}`)));
    const s = buildSummary(many, { limit: 20 });
    expect(s.added.items).toHaveLength(20);
    expect(s.added.more).toBe(5);
    expect(s.added.total).toBe(25);
    expect(buildSummary(many, { limit: 0 }).added.items).toHaveLength(25);
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
  it('lists the surest claims first (sure, alike, unsure, close), each group in reading order', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const s = buildSummary(d, { limit: 0 });
    for (const [list, kind, alike, unsure, close] of [[s.added, 'new', s.alike.new, s.unsure.new, s.close.new], [s.dropped, 'dropped', s.alike.dropped, s.unsure.dropped, s.close.dropped]] as const) {
      const claims = d.changes.filter((c) => c.kind === kind);
      expect(list.total).toBe(claims.length);
      const named = (c: { novel?: string[] }) => c.novel!.length > 0;
      const near = (c: { closest?: { similarity: number } }) => (c.closest?.similarity ?? 0) >= 0.3;
      const isClose = (c: { closest?: { similarity: number } }) => Math.round((c.closest?.similarity ?? 0) * 100) >= 50;
      expect(close).toBe(claims.filter((c) => isClose(c)).length);
      expect(unsure).toBe(claims.filter((c) => !named(c) && !isClose(c)).length);
      expect(alike).toBe(claims.filter((c) => named(c) && near(c) && !isClose(c)).length);
      for (const n of [unsure, alike, close]) expect(n).toBeGreaterThan(0);
      // Each group keeps the diff's order (NEW's reading order, dropped units after the unit they followed).
      const ids = (xs: Array<{ id: number }>) => xs.map((u) => u.id);
      const units = claims.map((c) => ({ ...(c.new ?? c.old)!, novel: c.novel, closest: c.closest }));
      for (const u of list.items) expect(u.trust, u.text).toBe(isClose(u) ? 'close' : !named(u) ? 'unsure' : near(u) ? 'alike' : 'sure');
      expect(ids(list.items)).toEqual([
        ...ids(units.filter((u) => named(u) && !near(u))),
        ...ids(units.filter((u) => named(u) && near(u) && !isClose(u))),
        ...ids(units.filter((u) => !named(u) && !isClose(u))),
        ...ids(units.filter((u) => isClose(u))),
      ]);
    }
    // The capped lists show the surest claims: 2024's opening line 过去一年，是全面贯彻党的二十大精神的开局之年 (every word in 2025)
    // and 2025's 过去一年，我国发展历程很不平凡 (not in 2024: 历程, 平凡; but 2024's opening line is alike, 0.429) are not among the first 20.
    const capped = buildSummary(d);
    for (const list of [capped.added, capped.dropped]) expect(list.items.every((u) => u.novel!.length > 0 && (!u.closest || u.closest.similarity < 0.3))).toBe(true);
    expect(capped.dropped.items.map((u) => u.text)).not.toContain('过去一年，是全面贯彻党的二十大精神的开局之年，');
    expect(capped.added.items.map((u) => u.text)).not.toContain('过去一年，我国发展历程很不平凡。');
    expect(s.added.items.find((u) => u.text === '过去一年，我国发展历程很不平凡。')?.closest?.similarity).toBe(0.429);
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

  it("drops a year's count against a five-year review's, and keeps a budget line (2017 → 2018)", async () => {
    const shown = await figures('gov-work-report-2017.txt', 'gov-work-report-2018.txt');
    // 新设6个国家自主创新示范区 (2016) / 新设14个… under 2018's 过去五年工作回顾
    expect(shown).not.toContain('6个 → 14个');
    expect(shown).toContain('5076亿元 → 5376亿元');
  });
});
