import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport, selectPart } from '../../src/structure/index.js';
import { ACFTU_MANIFEST, acftuDoc, contractProblems, expectClosingTextAfter, sectionWith, seedDoc } from './seed-doc.js';

const seeds = readdirSync(new URL('../../seeds/', import.meta.url)).filter((f) => f.startsWith('gov-work-report'));

describe('buildReport contract on every seed', () => {
  it.each(seeds)('%s: units tile the text, ids and offsets are consistent', (file) => {
    const r = buildReport(seedDoc(file));
    expect(contractProblems(r)).toEqual([]);
    expect(r.units.length).toBeGreaterThan(500);
    expect(r.parts.map((p) => p.kind)).toEqual(['other', 'review', 'plan']);
    // Parts are contiguous and cover the text.
    expect(r.parts[0].start).toBe(0);
    for (let i = 1; i < r.parts.length; i++) expect(r.parts[i].start).toBe(r.parts[i - 1].end);
    expect(r.parts[r.parts.length - 1].end).toBe(r.text.length);
  });

  it('acftu (joined fixture): units tile the text', () => {
    expect(contractProblems(buildReport(acftuDoc(), { manifest: ACFTU_MANIFEST }))).toEqual([]);
  });
});

describe('gov-work-report-2024', () => {
  const r = buildReport(seedDoc('gov-work-report-2024.txt'));

  it('finds the review of 2023 and the plan for 2024', () => {
    const [, review, plan] = r.parts;
    expect(review).toMatchObject({ kind: 'review', title: '一、2023年工作回顾', years: [2023] });
    expect(plan).toMatchObject({ kind: 'plan', title: '二、2024年经济社会发展总体要求和政策取向', years: [2024] });
    expect(r.years).toEqual([2023, 2024]);
  });

  it('has ten run-in （一）…（十） task sections under 三、2024年政府工作任务', () => {
    const tasks = r.sections.find((s) => s.heading === '2024年政府工作任务')!;
    // Headed ones: the text after each address to the hall is a section without heading (test below).
    const kids = r.sections.filter((s) => s.parentId === tasks.id && s.marker !== null);
    expect(kids.map((s) => s.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）']);
    expect(kids.every((s) => s.level === 2 && s.part === 'plan')).toBe(true);
    expect(kids[0].heading).toBe('大力推进现代化产业体系建设，加快发展新质生产力。');
    expect(kids[0].path).toEqual(['2024年政府工作任务', '大力推进现代化产业体系建设，加快发展新质生产力']);
  });

  it('cuts the run-in heading off its paragraph: heading unit, then body clauses', () => {
    const i = r.units.findIndex((u) => u.text.startsWith('（一）大力推进'));
    expect(r.units[i]).toMatchObject({ kind: 'heading', text: '（一）大力推进现代化产业体系建设，加快发展新质生产力。' });
    expect(r.units[i + 1]).toMatchObject({ kind: 'clause', text: '充分发挥创新主导作用，', paragraph: r.units[i].paragraph });
    expect(r.units[i + 1].sentence).toBe(r.units[i].sentence + 1);
    expect(r.units[i + 1].sectionId).toBe(r.units[i].sectionId);
  });

  it('puts the review’s 一是…六是 under 一、2023年工作回顾 as level-3 headings', () => {
    const review = r.sections.find((s) => s.heading === '2023年工作回顾')!;
    const shi = r.sections.filter((s) => s.parentId === review.id && s.marker !== null);
    expect(shi.map((s) => s.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是']);
    expect(shi[0].heading).toBe('加大宏观调控力度，推动经济运行持续好转。');
    expect(shi.every((s) => s.level === 3)).toBe(true);
  });

  it('files what follows an address to the hall (各位代表！) under the top-level section, not under its last subsection', () => {
    const review = r.sections.find((s) => s.heading === '2023年工作回顾')!;
    const tasks = r.sections.find((s) => s.heading === '2024年政府工作任务')!;
    // The review's summing-up and its problems follow 六是 after an address.
    const problems = sectionWith(r, '在肯定成绩的同时');
    expect(problems).toMatchObject({ parentId: review.id, heading: null, marker: null, level: 3, part: 'review', path: ['2023年工作回顾'] });
    // Before them, the foreign-policy review follows 六是 with no marker: it is the review's text again, not 六是's
    // (六是 keeps one paragraph, as each item before it has), a closing text of its own before the address.
    const foreign = sectionWith(r, '一年来，中国特色大国外交全面推进');
    expect(foreign).toMatchObject({ parentId: review.id, heading: null, marker: null, level: 3, path: ['2023年工作回顾'] });
    expect(foreign).not.toBe(problems);
    const sixth = r.sections.find((s) => s.parentId === review.id && s.marker === '六是')!;
    expect(sixth.end).toBe(foreign.start);
    // After the plan's （十）: the government's own work, then nationalities to foreign policy, each after its own address.
    const nationalities = sectionWith(r, '我们要以铸牢中华民族共同体意识为主线');
    expect(nationalities).toMatchObject({ parentId: tasks.id, heading: null, level: 2, part: 'plan', path: ['2024年政府工作任务'] });
    expect(sectionWith(r, '我们要坚持独立自主的和平外交政策')).toBe(nationalities);
    expect(sectionWith(r, '新征程新使命')).not.toBe(nationalities);
    expect(sectionWith(r, '新征程新使命').parentId).toBe(tasks.id);
    const last = r.sections.find((s) => s.parentId === tasks.id && s.marker === '（十）')!;
    expect(sectionWith(r, '维护国家安全和社会稳定')).toBe(last);
    expect(last.end).toBeLessThanOrEqual(r.text.indexOf('新征程新使命'));
    // The address line itself stays with the text before it (linked across sections, bare addresses were mostly wrong).
    const at = r.units.findIndex((u) => u.text.startsWith('新征程新使命'));
    expect(r.units[at - 1].text).toBe('各位代表！');
    expect(r.units[at - 1].sectionId).toBe(last.id);
  });

  it('section ranges nest and end where the next same-level heading starts', () => {
    const s1 = r.sections.find((s) => s.marker === '（一）' && s.part === 'plan')!;
    const s2 = r.sections.find((s) => s.marker === '（二）' && s.part === 'plan')!;
    expect(s1.end).toBe(s2.start);
    expect(r.text.slice(s2.start).startsWith('（二）深入实施科教兴国战略')).toBe(true);
  });

  it('selectPart(plan) keeps the 总体要求 part and the tasks, re-indexed', () => {
    const p = selectPart(r, 'plan');
    expect(p.selection).toBe('plan');
    expect(p.years).toEqual([2024]);
    expect(contractProblems(p, false)).toEqual([]);
    const headings = p.units.filter((u) => u.kind === 'heading').map((u) => u.text);
    expect(headings[0]).toBe('二、2024年经济社会发展总体要求和政策取向');
    expect(headings).toContain('三、2024年政府工作任务');
    expect(headings).not.toContain('一、2023年工作回顾');
    expect(p.sections[0]).toMatchObject({ id: 0, parentId: null, heading: null });
    expect(p.units.every((u) => u.start >= p.parts[0].start)).toBe(true);
  });
});

describe('gov-work-report-2025', () => {
  const r = buildReport(seedDoc('gov-work-report-2025.txt'));

  it('reviews 2024 and plans 2025', () => {
    expect(r.parts.slice(1).map((p) => [p.kind, p.years])).toEqual([['review', [2024]], ['plan', [2025]]]);
  });

  it('files the review’s problems, which no address precedes here, as the review’s closing text, not under its last subsection', () => {
    const review = r.sections.find((s) => s.heading === '2024年工作回顾')!;
    const u = r.units.find((x) => x.text.startsWith('在肯定成绩的同时'))!;
    expect(r.sections[u.sectionId]).toMatchObject({ parentId: review.id, heading: null, part: 'review', path: ['2024年工作回顾'] });
    // The foreign-policy paragraph before it no longer sits in the last item (七是, one paragraph as each before it):
    // the review's text again, under the review.
    const before = r.units.find((x) => x.text.includes('中国为促进世界和平与发展'))!;
    expect(r.sections[before.sectionId]).toMatchObject({ parentId: review.id, heading: null, path: ['2024年工作回顾'] });
    expect(r.sections[before.sectionId]).not.toBe(r.sections[u.sectionId]);
  });

  it('ends （十） before the task section’s own text: the next five-year plan, the government’s own work, nationalities, defence, Hong Kong, Taiwan, foreign policy', () => {
    const tasks = r.sections.find((s) => s.heading === '2025年政府工作任务')!;
    const tenth = r.sections.find((s) => s.parentId === tasks.id && s.marker === '（十）')!;
    // The item's own paragraphs stay: no earlier item runs longer than five, and no turn comes sooner.
    expect(sectionWith(r, '就业是民生之本')).toBe(tenth);
    expect(sectionWith(r, '完善社会保障和服务政策')).toBe(tenth);
    const after = sectionWith(r, '今年将开展“十五五”规划编制工作');
    expectClosingTextAfter(tenth, after);
    expect(after.path).toEqual(['2025年政府工作任务']);
    for (const phrase of ['加强法治政府建设', '铸牢中华民族共同体意识', '国防和军队建设取得新的重要进展', '坚持一个中国原则', '坚持独立自主的和平外交政策']) {
      expect(r.sections[sectionWith(r, phrase).parentId!], phrase).toBe(tasks);
      expect(sectionWith(r, phrase).heading, phrase).toBeNull();
    }
  });

  it('has （一）…（十） task sections, all in the plan part', () => {
    const tasks = r.sections.find((s) => s.heading === '2025年政府工作任务')!;
    const kids = r.sections.filter((s) => s.parentId === tasks.id && s.marker !== null);
    expect(kids).toHaveLength(10);
    expect(kids[0].path).toEqual(['2025年政府工作任务', '大力提振消费、提高投资效益，全方位扩大国内需求']);
  });

  it('selectPart(review) ends before 二、2025年…', () => {
    const p = selectPart(r, 'review');
    expect(p.units[0].text).toBe('一、2024年工作回顾');
    expect(p.units[p.units.length - 1].end).toBeLessThanOrEqual(r.parts[2].start);
    expect(p.units.some((u) => u.text.includes('2025年政府工作任务'))).toBe(false);
  });
});

describe('gov-work-report-2020 (one sentence per line)', () => {
  const r = buildReport(seedDoc('gov-work-report-2020.txt'));

  it('keeps the thematic 三、…八、 headings in the plan part', () => {
    const top = r.sections.filter((s) => s.level === 1);
    expect(top.map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    expect(top.slice(1).every((s) => s.part === 'plan')).toBe(true);
    expect(top[2].heading).toBe('加大宏观政策实施力度，着力稳企业保就业');
  });

  it('reads 一、2019年和今年以来工作回顾 as a review of 2019 and this year', () => {
    expect(r.parts[1]).toMatchObject({ kind: 'review', years: [2019, 2020] });
    expect(r.parts[2]).toMatchObject({ kind: 'plan', title: '二、今年发展主要目标和下一阶段工作总体部署', years: [2020] });
  });
});

describe('years of multi-year reviews', () => {
  it('2018 过去五年 → 2013–2017, plan 2018', () => {
    const r = buildReport(seedDoc('gov-work-report-2018.txt'));
    expect(r.parts[1].years).toEqual([2013, 2014, 2015, 2016, 2017]);
    expect(r.parts[2]).toMatchObject({ title: '二、2018年经济社会发展总体要求和政策取向', years: [2018] });
  });

  it('2023 过去一年和五年 with 对今年政府工作的建议: years from the date line', () => {
    const r = buildReport(seedDoc('gov-work-report-2023.txt'));
    expect(r.parts[1].years).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(r.parts[2]).toMatchObject({ title: '二、对今年政府工作的建议', years: [2023] });
  });

  it('2014: 第一，… enumerations are headings under 二、2014年工作总体部署', () => {
    const r = buildReport(seedDoc('gov-work-report-2014.txt'));
    const di = r.sections.filter((s) => s.marker?.startsWith('第'));
    expect(di.map((s) => s.heading)).toEqual(['向深化改革要动力。', '保持经济运行处在合理区间。', '着力提质增效升级、持续改善民生。']);
    expect(r.sections[di[0].parentId!].heading).toBe('2014年工作总体部署');
  });
});
