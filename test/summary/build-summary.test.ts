import { describe, expect, it } from 'vitest';
import { buildSummary, hasChanges } from '../../src/summary/index.js';
import { added, carried, del, dropped, eq, ins, makeDiff, modified } from '../fixtures/summary/make-diff.js';

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
  it('lists first the claims that name a word the other report never uses, each group in reading order', async () => {
    const { seedDiff } = await import('../helpers/seeds.js');
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const s = buildSummary(d, { limit: 0 });
    for (const [list, kind, unsure] of [[s.added, 'new', s.unsure.new], [s.dropped, 'dropped', s.unsure.dropped]] as const) {
      const claims = d.changes.filter((c) => c.kind === kind);
      expect(list.total).toBe(claims.length);
      expect(unsure).toBe(claims.filter((c) => c.novel!.length === 0).length);
      expect(unsure).toBeGreaterThan(0);
      const firstUnsure = list.items.findIndex((u) => u.novel!.length === 0);
      expect(firstUnsure).toBe(list.total - unsure);
      // Each group keeps the diff's order (NEW's reading order, dropped units after the unit they followed).
      const ids = (xs: Array<{ id: number }>) => xs.map((u) => u.id);
      const units = claims.map((c) => ({ ...(c.new ?? c.old)!, novel: c.novel }));
      expect(ids(list.items)).toEqual([...ids(units.filter((u) => u.novel!.length > 0)), ...ids(units.filter((u) => u.novel!.length === 0))]);
    }
    // The capped list shows the surer claims: 2024's opening line 过去一年，是全面贯彻党的二十大精神的开局之年 (every word in 2025) is not among the first 20.
    const capped = buildSummary(d);
    expect(capped.dropped.items.every((u) => u.novel!.length > 0)).toBe(true);
    expect(capped.dropped.items.map((u) => u.text)).not.toContain('过去一年，是全面贯彻党的二十大精神的开局之年，');
  });
});
