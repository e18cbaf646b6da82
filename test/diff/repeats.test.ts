import { describe, expect, it } from 'vitest';
import type { Change, ReportDiff } from '../../src/report.js';
import { seed, seedDiff } from '../helpers/seeds.js';
import { compareTexts, loadReport } from '../../src/pipeline.js';
import { expectDiffInvariants } from '../helpers/invariants.js';

/** Every change whose side holds the phrase. */
const all = (d: ReportDiff, side: 'old' | 'new', phrase: string): Change[] => d.changes.filter((c) => c[side]?.text.includes(phrase));

// Real text said again in one report and once in the other (gov 2023 → 2024, 2024 → 2025).
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

  it('2023 says 更好统筹发展和安全 and 统筹发展和安全 as clauses, 2024 inside a heading: neither is dropped, both repeat the heading', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const heading = '（六）更好统筹发展和安全，有效防范化解重点领域风险。';
    const clauses = d.changes.filter((c) => c.old?.text === '更好统筹发展和安全，' || c.old?.text === '统筹发展和安全，');
    expect(clauses).toHaveLength(2);
    // Word for word inside a unit linked already: second mentions of it, not claims; their similarity to it is low (0.19 for the shorter).
    for (const c of clauses) expect(c).toMatchObject({ kind: 'modified', repeats: 'new', new: { text: heading } });
    expect(Math.min(...clauses.map((c) => c.similarity!))).toBeLessThan(0.5);
  });

  it('2024 says 各位代表 five times, 2025 twice: the other three are carried as repeats, not dropped', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const mentions = all(d, 'old', '各位代表');
    expect(mentions).toHaveLength(5);
    expect(mentions.filter((c) => c.kind === 'dropped')).toHaveLength(0);
    const repeats = mentions.filter((c) => c.repeats === 'new');
    expect(repeats).toHaveLength(3);
    expect(repeats.every((c) => c.kind === 'carried' && c.old!.text === '各位代表！')).toBe(true);
  });

  it('a repeat links clauses alike on both sides, a plan item reported done and taken up again, a clause merged with its neighbour, or a clause said word for word inside its partner; only the last name a unit more than once', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const newSections = (await loadReport(seed('gov-work-report-2024.txt'))).sections;
    const partOf = (u: { sectionId: number }) => newSections[u.sectionId].part;
    const repeats = d.changes.filter((c) => c.repeats);
    expect(repeats.length).toBeGreaterThan(0);
    const words = (t: string) => t.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|[\p{P}\p{S}\s]/gu, '');
    const verbatim = (c: Change) => {
      const second = c.repeats === 'old' ? c.new! : c.old!;
      return words(c[c.repeats!]!.text).includes(words(second.text));
    };
    const keys = repeats.filter((c) => !verbatim(c)).map((c) => `${c.repeats}:${c[c.repeats!]!.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(repeats.filter(verbatim).length).toBeGreaterThan(0);
    for (const c of repeats) {
      if (c.similarity! > 0.8 || verbatim(c)) continue;
      // An item of OLD's plan, in NEW's review (done) and in NEW's plan (again): the two NEW mentions sit in different parts.
      if (c.repeats === 'old' && c.similarity! >= 0.6 && partOf(c.new!) !== partOf(c.also!)) continue;
      // A merge: the second unit sits next to the unit its partner's first link went to, in one sentence.
      const second = c.repeats === 'old' ? c.new! : c.old!;
      expect(second.sentence, second.text).toBe(c.also!.sentence);
      expect(Math.abs(second.id - c.also!.id), second.text).toBe(1);
    }
  });
});

// One report says in one clause what the other says in two (a merge, or a split the other way).
describe('merges: a clause whose neighbour went into one unit with it is linked there too', () => {
  // [old seed, new seed, side of the clause left over, a phrase of it, its partner (the unit holding both), the neighbour that unit was first linked to]
  it.each([
    // 2025 says in one clause what 2024 said in two: the first 2024 clause is not dropped.
    ['gov-work-report-2024.txt', 'gov-work-report-2025.txt', 'old', '城镇新增就业1244万人', '城镇新增就业1256万人、城镇调查失业率平均为5.1%，', '城镇调查失业率平均为5.2%。'],
    // 2024 splits 2023's 革命老区、民族地区、边疆地区 clause in two: 加强边疆地区建设 is not new.
    ['gov-work-report-2023.txt', 'gov-work-report-2024.txt', 'new', '加强边疆地区建设', '加大对革命老区、民族地区、边疆地区的支持力度，', '支持革命老区、民族地区加快发展，'],
    // 2018 merges 2017's 加强民族教育，办好特殊教育、继续教育… into one clause; the short first clause adds little of the long unit's weight, much of its own.
    ['gov-work-report-2017.txt', 'gov-work-report-2018.txt', 'old', '加强民族教育，', '发展民族教育、特殊教育、继续教育和网络教育。', '办好特殊教育、继续教育、学前教育和老年教育。'],
  ] as const)('%s → %s: the %s clause %s is linked to %s', async (oldSeed, newSeed, side, phrase, partner, neighbour) => {
    const d = await seedDiff(oldSeed, newSeed);
    expectDiffInvariants(d);
    const [c] = all(d, side, phrase);
    const other = side === 'old' ? 'new' : 'old';
    // The unit holding both says it once: it is the side the repeat names.
    expect(c).toMatchObject({ repeats: other });
    expect(c[other]!.text).toBe(partner);
    expect(c.also!.text).toBe(neighbour);
  });

  it('does not take a clause on the same topic for half of a unit its neighbour matches (2018: 加强地方政府债务管理)', async () => {
    const d = await seedDiff('gov-work-report-2017.txt', 'gov-work-report-2018.txt');
    // 2018's neighbour 实施地方政府存量债务置换 accounts for 2017's 扩大地方政府存量债务置换规模 by itself.
    const [debt] = all(d, 'new', '加强地方政府债务管理');
    expect(debt.kind).toBe('new');
  });
});

describe('word-for-word repeats find whole numbers and words only', () => {
  // A target sentence, and clauses that a plain substring search finds inside it (rate is a word of OLD too, so only the guard keeps it apart).
  const OLD = '一、目标\n国内生产总值增长5.2%左右，推动AI corporate治理。\n二、任务\n扎实推进乡村全面振兴。稳定rate。\n';
  const NEW = '一、目标\n国内生产总值增长5.2%左右，推动AI corporate治理。\n二、任务\n扎实推进乡村全面振兴。稳定rate。\n生产总值增长5。rate治理。扎实推进乡村全面振兴。\n';
  const diff = compareTexts(OLD, NEW);
  const claim = (text: string) => diff.changes.find((c) => c.new?.text.startsWith(text));

  it('a clause said again word for word is a repeat', () => {
    expect(claim('扎实推进乡村全面振兴。')).toBeDefined();
    expect(diff.changes.filter((c) => c.new?.text === '扎实推进乡村全面振兴。' && c.repeats === 'old')).toHaveLength(1);
  });

  it('生产总值增长5 is not in 国内生产总值增长5.2%, nor rate in corporate: both stay new', () => {
    expect(claim('生产总值增长5')).toMatchObject({ kind: 'new' });
    expect(claim('rate治理')).toMatchObject({ kind: 'new' });
  });
});
