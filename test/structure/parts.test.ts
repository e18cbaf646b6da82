import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/structure/index.js';
import { docOf } from './seed-doc.js';

describe('part headings beyond the national seeds', () => {
  it('reads provincial 二、2025年工作安排 as the plan (liaoning 2025, first sentences)', () => {
    const text = [
      '一、2024年工作回顾',
      '过去一年，是实现“十四五”规划目标任务的关键之年，是全面振兴新突破三年行动的攻坚之年。',
      '二、2025年工作安排',
      '今年是“十四五”规划收官之年，也是全面振兴新突破三年行动决胜之年。',
    ].join('\n');
    const r = buildReport(docOf('liaoning.txt', text));
    expect(r.parts.map((p) => [p.kind, p.title, p.years])).toEqual([
      ['review', '一、2024年工作回顾', [2024]],
      ['plan', '二、2025年工作安排', [2025]],
    ]);
    expect(r.parts[1].start).toBe(text.indexOf('二、'));
  });

  it('reads hunan’s 二、关于2025年工作 as the plan', () => {
    const r = buildReport(docOf('hunan.txt', '一、2024年工作回顾\n过去一年。\n二、关于2025年工作\n2025年是“十四五”规划收官之年。'));
    expect(r.parts.map((p) => p.kind)).toEqual(['review', 'plan']);
  });

  it('follows the manifest when it names where the plan starts', () => {
    const text = '一、2024年工作回顾\n过去一年。\n二、牢记人民至上，在建设美好家园上展现新作为\n今年要做好以下工作。';
    const r = buildReport(docOf('x.txt', text), { manifest: { plan: { years: [2025], startsAt: '二、牢记人民至上' } } });
    expect(r.parts.map((p) => [p.kind, p.years])).toEqual([['review', [2024]], ['plan', [2025]]]);
  });
});
