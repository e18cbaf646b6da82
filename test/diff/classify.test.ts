import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { changeWith, seed, seedDiff } from '../helpers/seeds.js';

describe('moved, between a section’s own text and its subsections', () => {
  it('marks a summary sentence that now sits under a subsection both reports have (gov 2024 → 2025: 深化国有企业改革)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const c = changeWith(d, 'new', '深化国有企业改革');
    expect(c?.old, 'linked to 2024').toBeTruthy();
    // 2024 names it in the review's opening summary; 2025 under its reform subsection, which 2024's review also has.
    expect(c!.old!.section).toEqual(['2023年工作回顾']);
    expect(c!.new!.section).toEqual(['2024年工作回顾', '坚定不移全面深化改革扩大开放，增强发展内生动力']);
    expect(d.sections.some((p) => p.old?.at(-1) === '深化改革扩大开放，持续改善营商环境' && p.new?.at(-1) === c!.new!.section[1])).toBe(true);
    expect(c!.moved).toBe(true);
  });

  it('does not mark text whose subsection heading one side lost: it only fell into the parent (gov 2025, （一） unrecognised)', () => {
    const text = readFileSync(seed('gov-work-report-2025.txt'), 'utf8');
    const heading = text.split('\n').find((l) => l.startsWith('（一）大力提振消费'))!;
    // The heading run into the end of the paragraph before it: no longer a heading, its body falls into 2025年政府工作任务 itself.
    const lost = text.replace(`\n${heading}`, heading.replace('（一）', ''));
    expect(lost).not.toBe(text);
    const d = compareTexts(text, lost);
    const c = changeWith(d, 'new', '实施提振消费专项行动');
    expect(c?.old?.section.at(-1)).toBe('大力提振消费、提高投资效益，全方位扩大国内需求');
    expect(c!.new!.section).toEqual(['2025年政府工作任务']);
    expect(c!.moved).toBe(false);
  });
});
