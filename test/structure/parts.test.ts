import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingestText } from '../../src/ingest/index.js';
import { loadReport } from '../../src/pipeline.js';
import { buildReport } from '../../src/structure/index.js';
import { fixture } from '../helpers/seeds.js';
import { docOf } from './seed-doc.js';
import type { Report } from '../../src/report.js';

/** Each part as kind, title and years: what a reader sees of the parts. */
const partsOf = (r: Report) => r.parts.map((p) => [p.kind, p.title, p.years]);

describe('part headings beyond the national seeds', () => {
  it('reads provincial 二、2025年工作安排 as the plan (liaoning 2025, first sentences)', () => {
    const text = [
      '一、2024年工作回顾',
      '过去一年，是实现“十四五”规划目标任务的关键之年，是全面振兴新突破三年行动的攻坚之年。',
      '二、2025年工作安排',
      '今年是“十四五”规划收官之年，也是全面振兴新突破三年行动决胜之年。',
    ].join('\n');
    const r = buildReport(docOf('liaoning.txt', text));
    expect(partsOf(r)).toEqual([
      ['review', '一、2024年工作回顾', [2024]],
      ['plan', '二、2025年工作安排', [2025]],
    ]);
    expect(r.parts[1].start).toBe(text.indexOf('二、'));
  });

  it('reads hunan’s 二、关于2025年工作 as the plan', () => {
    const r = buildReport(docOf('hunan.txt', '一、2024年工作回顾\n过去一年。\n二、关于2025年工作\n2025年是“十四五”规划收官之年。'));
    expect(r.parts.map((p) => p.kind)).toEqual(['review', 'plan']);
  });

  it('the 19th congress report’s plan starts at 四、…开启全面建设社会主义现代化国家新征程, after its doctrine', () => {
    const text = [
      '一、过去五年的工作和历史性变革',
      '十八大以来的五年，是党和国家发展进程中极不平凡的五年。',
      '二、新时代中国共产党的历史使命',
      '一百年前，十月革命一声炮响，给中国送来了马克思列宁主义。',
      '四、决胜全面建成小康社会，开启全面建设社会主义现代化国家新征程',
      '从现在到二○二○年，是全面建成小康社会决胜期。',
    ].join('\n');
    const r = buildReport(docOf('19.txt', text));
    expect(r.parts.map((p) => [p.kind, p.title])).toEqual([
      ['review', '一、过去五年的工作和历史性变革'],
      ['plan', '四、决胜全面建成小康社会，开启全面建设社会主义现代化国家新征程'],
    ]);
  });

  it('years from the review when no heading or date line names one: a plan period (gov 2011) or the last account the review opens (gov 2006, 2013)', () => {
    const fyp = buildReport(docOf('2011.txt', ['一、“十一五”时期国民经济和社会发展的回顾', '“十一五”时期是我国发展进程中极不平凡的五年。', '二、“十二五”时期的主要目标和任务', '今后五年，要确保全面建设小康社会取得决定性进展。'].join('\n')));
    expect(partsOf(fyp).map((p) => p[2])).toEqual([[2006, 2007, 2008, 2009, 2010], [2011]]);
    const lastYear = buildReport(docOf('2006.txt', ['一、去年工作回顾', '2005年，我国社会主义现代化事业取得显著成就。', '二、今年主要任务', '今年是实施“十一五”规划的第一年。'].join('\n')));
    expect(partsOf(lastYear).map((p) => p[2])).toEqual([[2005], [2006]]);
    // The five years' account first, the last year's opening a sentence inside its paragraph.
    const fiveYears = buildReport(
      docOf('2013.txt', ['一、过去五年工作回顾', '第十一届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。在货币政策运用上，始终注意把握稳增长、控物价和防风险之间的平衡。2012年，在世界各大经济体增长全面减速的情况下，我们合理把握政策力度。', '二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策', '今年是全面贯彻落实党的十八大精神的开局之年。'].join('\n')),
    );
    expect(partsOf(fiveYears).map((p) => p[2])).toEqual([[2008, 2009, 2010, 2011, 2012], [2013]]);
  });

  it('years of a congress report from the congress its opening names (CPC 17th, first sentences)', () => {
    const text = [
      '同志们：',
      '现在，我代表第十六届中央委员会向大会作报告。',
      '中国共产党第十七次全国代表大会，是在我国改革发展关键阶段召开的一次十分重要的大会。',
      '一、过去五年的工作',
      '十六大以来的五年是不平凡的五年。',
      '二、改革开放的伟大历史进程',
      '我们即将迎来改革开放三十周年。',
      '四、实现全面建设小康社会奋斗目标的新要求',
      '我们已经朝着十六大确立的全面建设小康社会的目标迈出了坚实步伐，今后要继续努力奋斗，确保到二〇二〇年实现全面建成小康社会的奋斗目标。',
    ].join('\n');
    const r = buildReport(docOf('17.txt', text));
    expect(r.parts.filter((p) => p.kind !== 'other').map((p) => [p.kind, p.years])).toEqual([
      ['review', [2002, 2003, 2004, 2005, 2006]],
      ['plan', [2007]],
    ]);
  });

  it('follows the manifest when it names where the plan starts', () => {
    const text = '一、2024年工作回顾\n过去一年。\n二、牢记人民至上，在建设美好家园上展现新作为\n今年要做好以下工作。';
    const r = buildReport(docOf('x.txt', text), { manifest: { plan: { years: [2025], startsAt: '二、牢记人民至上' } } });
    expect(r.parts.map((p) => [p.kind, p.years])).toEqual([['review', [2024]], ['plan', [2025]]]);
  });
});

describe('plans without a plan heading (corpus reports copied to test/fixtures/structure)', () => {
  it('gov 1999: after 一、1998年工作回顾和1999年工作的总体要求, the plan starts at 二, for 1999', async () => {
    const r = await loadReport(fixture('structure/gov-work-report-1999.txt'));
    expect(partsOf(r)).toEqual([
      ['other', null, []],
      ['review', '一、1998年工作回顾和1999年工作的总体要求', [1998]],
      ['plan', '二、继续扩大内需和实施积极的财政政策', [1999]],
    ]);
    expect(r.sections.find((s) => s.heading === '关于国际形势和外交工作')?.part).toBe('plan');
  });

  it('gov 2002: the unheaded opening (首先报告２００１年的工作) is the review, 一、 starts the plan', async () => {
    const r = await loadReport(fixture('structure/gov-work-report-2002.txt'));
    expect(r.parts.map((p) => [p.kind, p.title])).toEqual([
      ['review', null],
      ['plan', '一、扩大和培育内需，促进经济较快增长'],
    ]);
    // The year it says it reports gives both parts' years.
    expect(r.parts.map((p) => p.years)).toEqual([[2001], [2002]]);
  });

  it('provincial 2025 tibet: the part titles on lines of their own, 2024年工作回顾 and 2025年工作安排, open the review and the plan', async () => {
    const r = await loadReport(fixture('structure/provincial-2025-tibet.txt'));
    expect(partsOf(r)).toEqual([
      ['other', null, []],
      ['review', '2024年工作回顾', [2024]],
      ['plan', '2025年工作安排', [2025]],
    ]);
    // The plan's nine tasks sit under its title, one level down.
    const plan = r.sections.find((s) => s.heading === '2025年工作安排')!;
    const tasks = r.sections.filter((s) => s.parentId === plan.id && s.marker !== null);
    expect([plan.level, plan.marker, tasks.length, tasks[0].heading]).toEqual([1, '', 9, '坚决维护社会和谐稳定。']);
    expect(tasks.every((s) => s.part === 'plan' && s.level === 2)).toBe(true);
  });

  it('provincial 2025 tibet wrapped as PDF extraction wraps it (16 characters a line, blank lines between): the same parts', () => {
    const raw = readFileSync(fixture('structure/provincial-2025-tibet.txt'), 'utf8');
    const wrapped = raw.split('\n').filter((l) => l.trim()).flatMap((l) => Array.from({ length: Math.ceil(l.length / 16) }, (_, k) => l.slice(16 * k, 16 * k + 16)));
    // Before its title, a line the 16 characters fill, ending 表示崇高敬意和衷心感谢!: no short line to break after.
    expect(wrapped[wrapped.indexOf('2024年工作回顾') - 1]).toMatch(/衷心感谢!$/);
    const r = buildReport(ingestText(wrapped.join('\n\n'), 'tibet.txt'));
    expect(r.diagnostics.map((d) => d.code)).toContain('hard-wrap-joined');
    expect(partsOf(r)).toEqual([
      ['other', null, []],
      ['review', '2024年工作回顾', [2024]],
      ['plan', '2025年工作安排', [2025]],
    ]);
  });

  it('provincial 2025 fujian: with every level-1 heading a theme, the review is the first, the plan starts where the text turns to work to do', async () => {
    const r = await loadReport(fixture('structure/provincial-2025-fujian.txt'));
    expect(partsOf(r)).toEqual([
      ['other', null, []],
      ['review', '一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效', [2024]],
      ['plan', '二、牢记历史使命，在中国式现代化建设中奋勇争先', [2025]],
    ]);
    // 三、 (the government's own work) stays in the plan it follows.
    expect(r.sections.find((s) => s.marker === '三、')?.part).toBe('plan');
  });

  it('a review of no named year is followed by doctrine, not a plan (CPC 19th congress headings and first sentences)', () => {
    const text = [
      '一、过去五年的工作和历史性变革',
      '十八大以来的五年，是党和国家发展进程中极不平凡的五年。',
      '二、新时代中国共产党的历史使命',
      '一百年前，十月革命一声炮响，给中国送来了马克思列宁主义。',
    ].join('\n');
    const r = buildReport(docOf('19.txt', text));
    expect(r.parts.map((p) => p.kind)).toEqual(['review']);
  });

});
