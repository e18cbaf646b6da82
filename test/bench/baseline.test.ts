import { describe, it, expect } from 'vitest';
import { baselineDiff } from '../../bench/baseline/sentence-diff.js';
import { alignSequences } from '../../bench/baseline/align.js';

// gov-work-report-2024, 三、(三) excerpt.
const OLD = '着力扩大国内需求，推动经济实现良性循环。促进消费稳定增长。稳步实施城市更新行动。加快完善地下管网。';

describe('baselineDiff', () => {
  it('carries every sentence of identical texts, whatever the whitespace', () => {
    const d = baselineDiff(OLD, OLD.replace(/(.{7})/g, '$1\n\n'));
    expect(d.changes.map((c) => c.kind)).toEqual(['carried', 'carried', 'carried', 'carried']);
  });

  it('finds a dropped, an inserted and a reworded sentence', () => {
    const NEW = '着力扩大国内需求，推动经济实现良性循环。稳步推进城市更新行动。实施提振消费专项行动。加快完善地下管网。';
    const d = baselineDiff(OLD, NEW);
    const kinds = d.changes.map((c) => `${c.kind}:${(c.old ?? c.new)!.text}`);
    expect(kinds).toContain('dropped:促进消费稳定增长。');
    expect(kinds).toContain('new:实施提振消费专项行动。');
    const mod = d.changes.find((c) => c.kind === 'modified')!;
    expect(mod.old!.text).toBe('稳步实施城市更新行动。');
    expect(mod.diff!.filter((o) => o.op === 'delete').map((o) => o.text).join('')).toBe('实施');
    expect(d.counts).toMatchObject({ carried: 2, modified: 1, new: 1, dropped: 1 });
  });
});

describe('alignSequences', () => {
  it('keeps order: a swapped pair cannot both be matched', () => {
    const steps = alignSequences(['甲乙丙丁', '戊己庚辛'], ['戊己庚辛', '甲乙丙丁']);
    expect(steps.filter((s) => s.kind === 'equal')).toHaveLength(1);
  });
});
