import { describe, expect, it } from 'vitest';
import { seedDiff } from '../helpers/seeds.js';

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
