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
