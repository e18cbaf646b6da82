import { describe, expect, it } from 'vitest';
import type { Change, ReportDiff } from '../../src/report.js';
import { seedDiff } from '../helpers/seeds.js';
import { expectDiffInvariants } from '../helpers/invariants.js';

/** Every change whose side holds the phrase. */
const all = (d: ReportDiff, side: 'old' | 'new', phrase: string): Change[] => d.changes.filter((c) => c[side]?.text.includes(phrase));

// Real text said twice in one report and once in the other (gov 2023 → 2024).
describe('repeats: a second mention is linked, not claimed new or dropped', () => {
  it('2024 says 守住…不发生系统性风险的底线 twice, 2023 once: neither 2024 mention is new', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    expectDiffInvariants(d);
    const mentions = all(d, 'new', '不发生系统性风险的底线');
    expect(mentions).toHaveLength(2);
    expect(mentions.every((c) => c.kind !== 'new' && c.old?.text.includes('守住了不发生系统性风险的底线'))).toBe(true);
    const first = mentions.find((c) => !c.repeats)!;
    const second = mentions.find((c) => c.repeats)!;
    expect(second).toMatchObject({ repeats: 'old', also: first.new, moved: false });
    // The repeat stands in NEW's reading order like any pair.
    expect(d.changes.indexOf(second)).toBeGreaterThan(d.changes.indexOf(first));
  });

  it('2023 says 坚持稳中求进工作总基调 twice, 2024 once: neither 2023 mention is dropped, and the repeat stays in OLD’s order', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const mentions = all(d, 'old', '坚持稳中求进工作总基调');
    expect(mentions).toHaveLength(2);
    expect(mentions.every((c) => c.kind === 'carried' && c.new?.text.includes('坚持稳中求进工作总基调'))).toBe(true);
    const first = mentions.find((c) => !c.repeats)!;
    const second = mentions.find((c) => c.repeats)!;
    expect(second).toMatchObject({ repeats: 'new', also: first.old });
    // Dropped units and OLD-side repeats follow OLD's order: the change before it holds the OLD unit before it.
    const before = d.changes[d.changes.indexOf(second) - 1];
    expect(before.old?.id).toBeLessThan(second.old!.id);
  });

  it('a short clause inside a longer one is no repeat (2024: 充分调动各方面保护和改善生态环境的积极性)', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const c = all(d, 'new', '充分调动各方面保护和改善生态环境的积极性');
    expect(c).toHaveLength(1);
    // 2023's 充分调动各方面积极性 is wholly inside it, but says nothing of the environment.
    expect(c[0].old?.text ?? '').not.toContain('充分调动各方面积极性');
  });

  it('each unit is repeated at most once, and a repeat links clauses alike on both sides', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const repeats = d.changes.filter((c) => c.repeats);
    expect(repeats.length).toBeGreaterThan(0);
    const keys = repeats.map((c) => `${c.repeats}:${c[c.repeats!]!.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of repeats) expect(c.similarity).toBeGreaterThan(0.8);
  });
});
