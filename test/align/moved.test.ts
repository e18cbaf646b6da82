import { describe, expect, it } from 'vitest';
import { changeWith, filesDiff, fixture, seedDiff } from '../helpers/seeds.js';

// 2021's `三、2021年重点工作` opens with the year's targets, which 2022 put in
// `二、…总体要求和政策取向`: the two parents align by that text, while their
// subsections align plan with plan, under 2022's `三、2022年政府工作任务`.
describe('moves between the plans of 2021 and 2022, whose parents align apart', () => {
  const diff = () => seedDiff('gov-work-report-2021.txt', 'gov-work-report-2022.txt');

  it.each([
    ['坚持房子是用来住的、不是用来炒的定位，', '坚持房子是用来住的、不是用来炒的定位，'],
    ['我们要坚持和完善民族区域自治制度，', '我们要坚持和完善民族区域自治制度，'],
  ])('a sentence kept in the aligned plan subsection did not move: %s', async (oldText, newText) => {
    const c = changeWith(await diff(), 'old', oldText);
    expect(c?.new?.text).toBe(newText);
    expect(c!.moved).toBe(false);
  });

  it('a sentence taken into another plan subsection still moved', async () => {
    const c = changeWith(await diff(), 'old', '今年拟安排地方政府专项债券3.65万亿元，');
    expect(c?.new?.section).toEqual(['2022年政府工作任务', '着力稳定宏观经济大盘，保持经济运行在合理区间']);
    expect(c!.old!.section[1]).toBe('坚持扩大内需这个战略基点，充分挖掘国内市场潜力');
    expect(c!.moved).toBe(true);
  });
});

// 2006 puts its whole plan under one `二、今年主要任务`; 2007 spreads it over
// four sections of its own (`三、促进经济又好又快发展` … `六、…`), one of them
// with no subsections. Corpus texts copied to test/fixtures/align.
describe('moves between 2006 and 2007, whose plans are nested differently', () => {
  const diff = () => filesDiff(fixture('align/gov-work-report-2006.txt'), fixture('align/gov-work-report-2007.txt'));

  it('a subsection whose new parent holds most of its old parent\'s subsections did not move: 加强文化市场管理', async () => {
    const c = changeWith(await diff(), 'old', '加强文化市场管理，');
    expect(c?.new?.section).toEqual(['推进社会主义和谐社会建设', '加快教育、卫生、文化、体育等社会事业发展']);
    expect(c!.old!.section).toEqual(['今年主要任务', '实施科教兴国战略和人才强国战略，加强文化建设']);
    expect(c!.moved).toBe(false);
  });

  it('a subsection that became a section of its own, in the same part, did not move: 防止国有资产流失', async () => {
    const c = changeWith(await diff(), 'old', '防止国有资产流失，');
    expect(c?.new?.section).toEqual(['深化改革和扩大开放']);
    expect(c!.old!.section).toEqual(['今年主要任务', '进一步推进改革开放']);
    expect(c!.moved).toBe(false);
  });

  it('a sentence taken into another subsection, or from the plan into the review, still moved', async () => {
    const d = await diff();
    const credit = changeWith(d, 'old', '加快社会信用体系建设。');
    expect(credit?.new?.section).toEqual(['推进社会主义和谐社会建设', '强化安全生产工作和整顿规范市场秩序']);
    expect(credit!.moved).toBe(true);
    const funds = changeWith(d, 'new', '比上年增加422亿元。');
    expect(funds?.old?.section[0]).toBe('今年主要任务');
    expect(funds!.new!.section[0]).toBe('2006年工作回顾');
    expect(funds!.moved).toBe(true);
  });
});

// A plan set beside the next year's review (`#plan` against `#review`) crosses
// parts throughout: no section there had its own part to prefer.
describe('2024’s plan against 2025’s review', () => {
  const diff = () => seedDiff('gov-work-report-2024.txt#plan', 'gov-work-report-2025.txt#review');

  it('aligns the plan’s sections with the review’s without the factor against other parts: 民生', async () => {
    const d = await diff();
    const pair = d.sections.find((p) => p.old?.[1] === '切实保障和改善民生，加强和创新社会治理' && p.new?.[1] === '积极发展社会事业，增进民生福祉');
    expect(pair).toBeDefined();
  });

  it('a task reported done in the aligned section did not move: 实施制造业技术改造升级工程', async () => {
    const c = changeWith(await diff(), 'old', '实施制造业技术改造升级工程，');
    expect(c?.new?.text).toBe('推进制造业技术改造升级，');
    expect(c!.old!.section).toEqual(['2024年政府工作任务', '大力推进现代化产业体系建设，加快发展新质生产力']);
    expect(c!.new!.section).toEqual(['2024年工作回顾', '大力推动创新驱动发展，促进产业结构优化升级']);
    expect(c!.moved).toBe(false);
  });
});

describe('text after an address to the hall in one report, after a last task that ends by its length in the other (2024 → 2025)', () => {
  const diff = () => seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');

  it('我们要以铸牢中华民族共同体意识为主线: filed under the plan after an address in 2024, after 2025’s last task ends, and not moved', async () => {
    const c = changeWith(await diff(), 'new', '我们要以铸牢中华民族共同体意识为主线')!;
    expect(c).toMatchObject({ kind: 'carried', moved: false });
    // 2024 says `各位代表！` before these paragraphs, 2025 does not: its （十） ends by its length (endLongLastItems).
    expect(c.old!.section).toEqual(['2024年政府工作任务']);
    expect(c.new!.section).toEqual(['2025年政府工作任务']);
  });

  it('我们要坚持独立自主的和平外交政策: under the plan in both, 2025’s last task ending where its text looks back (`过去一年，国防和军队建设…`)', async () => {
    const c = changeWith(await diff(), 'new', '我们要坚持独立自主的和平外交政策')!;
    expect(c).toMatchObject({ kind: 'carried', moved: false });
    expect(c.old!.section).toEqual(['2024年政府工作任务']);
    expect(c.new!.section).toEqual(['2025年政府工作任务']);
  });
});

describe('closing text after a section’s subsections', () => {
  it('between two closing texts of aligned sections is not moved, however the texts were cut: 持之以恒纠治“四风” (2022 → 2023)', async () => {
    const d = await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt');
    const c = changeWith(d, 'new', '持之以恒纠治“四风”')!;
    expect(c).toMatchObject({ kind: 'carried', moved: false });
    // 2022 files it after its last 八是 item (where that run ends), 2023 after an address: each its review's own text,
    // in closing texts that the alignment pairs with others.
    expect(c.old!.section).toEqual(['2021年工作回顾']);
    expect(c.new!.section).toEqual(['过去一年和五年工作回顾']);
    const pair = d.sections.find((p) => p.oldId === c.old!.sectionId);
    expect(pair?.newId).not.toBe(c.new!.sectionId);
  });

  it('filed after an address in 2023 and at the end of the last review subsection in 2024 is not moved: 严格落实中央八项规定精神', async () => {
    const c = changeWith(await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt'), 'new', '严格落实中央八项规定精神')!;
    expect(c).toMatchObject({ kind: 'carried', moved: false });
    expect(c.old!.section).toEqual(['过去一年和五年工作回顾']);
    expect(c.new!.section).toEqual(['2023年工作回顾', '全面加强政府建设，大力提升治理效能']);
  });

  it.each([
    ['保护主义、单边主义上升', '单边主义、保护主义加剧'],
    ['地缘政治冲突加剧', '地缘政治紧张因素依然较多'],
  ])('the problems, each review’s closing text (2024 after an address, 2025 without), are not moved: %s → %s', async (old, now) => {
    const c = changeWith(await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt'), 'new', now)!;
    expect(c.old!.text).toContain(old);
    expect(c).toMatchObject({ kind: 'modified', moved: false });
    expect(c.old!.section).toEqual(['2023年工作回顾']);
    expect(c.new!.section).toEqual(['2024年工作回顾']);
  });
});

describe('a bare address to the hall', () => {
  it('is never moved: it has no content whose place could change (2022 → 2023 had four such moves)', async () => {
    const d = await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt');
    const bare = d.changes.filter((c) => c.old && c.new && c.old.text === '各位代表！');
    expect(bare.length).toBeGreaterThan(3);
    expect(bare.filter((c) => c.moved)).toEqual([]);
  });
});
