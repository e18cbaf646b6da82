import { describe, expect, it } from 'vitest';
import { compareReports, loadReport } from '../../src/pipeline.js';
import { filesDiff, fixture, seed, seedDiff } from '../helpers/seeds.js';

describe('section alignment by theme (gov 2024 → 2025)', () => {
  const pairOf = async (newHeading: string) => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    return d.sections.filter((s) => s.new?.at(-1)?.startsWith(newHeading));
  };

  it('pairs renamed and reordered task sections by content, not number', async () => {
    // 2024's task (一) became 2025's (二), renamed.
    const [p] = await pairOf('因地制宜发展新质生产力');
    expect(p.old?.at(-1)).toBe('大力推进现代化产业体系建设，加快发展新质生产力');
    const [q] = await pairOf('着力抓好“三农”工作');
    expect(q.old?.at(-1)).toBe('坚持不懈抓好“三农”工作，扎实推进乡村全面振兴');
  });

  it('gives a section split out of an old one a counterpart instead of none', async () => {
    const pairs = await pairOf('大力推动创新驱动发展');
    expect(pairs).toHaveLength(1);
    expect(pairs[0].old).not.toBeNull();
  });

  it('pairs the 2025 task part with the 2024 task part', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const top = d.sections.find((s) => s.new?.length === 1 && s.new[0] === '2025年政府工作任务');
    expect(top?.old).toEqual(['2024年政府工作任务']);
  });
});

describe('section alignment, several comparisons in one process', () => {
  it('aligns a pair the same whatever was aligned before it (the shared scratch vector is left clean)', async () => {
    const [a, b] = await Promise.all([loadReport(seed('gov-work-report-2024.txt')), loadReport(seed('gov-work-report-2025.txt'))]);
    const first = compareReports(a, b);
    // A pair with other sections and more terms in between: the scratch grows and is reused.
    const [c, d] = await Promise.all([loadReport(seed('gov-work-report-2014.txt')), loadReport(seed('gov-work-report-2022.txt'))]);
    expect(compareReports(c, d).sections.length).toBeGreaterThan(10);
    const again = compareReports(a, b);
    expect(again.sections).toEqual(first.sections);
    expect(again.sections.filter((p) => p.old && p.new).length).toBeGreaterThan(10);
  });
});

describe('closing text in the sections table', () => {
  it('names a section of closing text after its parent, so the row is not read as the parent’s own opening text (gov 2024 → 2025)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const rows = d.sections.filter((p) => p.old?.at(-1) === '(closing text)');
    // 2024's review has one (its summing-up and problems), its plan three (government, nationalities to foreign policy, the closing).
    expect(rows.map((p) => p.old![0])).toEqual(expect.arrayContaining(['2023年工作回顾', '2024年政府工作任务']));
    expect(d.sections.some((p) => p.old?.length === 1 && p.old[0] === '2023年工作回顾')).toBe(true);
    // Its units still carry the parent's path: where they stand in the report.
    const u = d.changes.find((c) => c.old?.text.startsWith('在肯定成绩的同时'))!;
    expect(u.old!.section).toEqual(['2023年工作回顾']);
  });
});

describe('subsections under parents that match', () => {
  it('pairs 2023’s plan 民生 section with 2024’s, not 2024’s with 2023’s five-year review (0.323 against 0.324 before)', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const to = d.sections.filter((p) => p.new?.at(-1) === '切实保障和改善民生，加强和创新社会治理').map((p) => p.old?.at(-1));
    expect(to).toContain('保障基本民生和发展社会事业');
    expect(to).not.toContain('切实保障和改善民生，加快社会事业发展');
  });
});

describe('two texts with no heading', () => {
  it('compares them as wholes, so nothing linked between them reads as moved (a paragraph of gov 2008 → one of 2009)', async () => {
    // Social security spending against farm subsidies: alike at 0.08 only, below the floor that pairs sections.
    const d = await filesDiff(fixture('summary/gov-work-report-2008-social-security.txt'), fixture('summary/gov-work-report-2009-farm-subsidies.txt'));
    expect(d.sections.map((p) => [p.old, p.new])).toEqual([[[], []]]);
    expect(d.changes.filter((c) => c.old && c.new).length).toBeGreaterThan(0);
    expect(d.changes.filter((c) => c.moved)).toEqual([]);
  });
});
