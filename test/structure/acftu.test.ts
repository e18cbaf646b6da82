import { describe, expect, it } from 'vitest';
import { buildReport, selectPart } from '../../src/structure/index.js';
import { ACFTU_MANIFEST, acftuDoc } from './seed-doc.js';

describe('acftu-2023 (PDF-extracted, starts mid-section)', () => {
  const r = buildReport(acftuDoc(), { manifest: ACFTU_MANIFEST });

  it('warns that the text starts past its first heading (二是 before any 一是)', () => {
    const lost = r.diagnostics.filter((d) => d.code === 'heading-lost');
    expect(lost[0]).toMatchObject({ severity: 'warning', line: 1 });
    expect(lost[0].message).toContain('二是');
  });

  it('hangs （二）…（六） under a lost level-1 heading in the review part', () => {
    const paren = r.sections.filter((s) => s.part === 'review' && s.marker?.startsWith('（'));
    expect(paren.map((s) => s.marker)).toEqual(['（二）', '（三）', '（四）', '（五）', '（六）']);
    const parent = r.sections[paren[0].parentId!];
    expect(parent).toMatchObject({ level: 1, marker: null, heading: null, part: 'review' });
    expect(paren.every((s) => s.parentId === parent.id && s.level === 2)).toBe(true);
    expect(paren[0].heading).toBe('在新的起点上谋划推进产业工人队伍建设改革。');
  });

  it('opens the plan part at 二、2023年工会工作总体要求和主要任务', () => {
    expect(r.parts.map((p) => [p.kind, p.years])).toEqual([['review', [2022]], ['plan', [2023]]]);
    expect(r.parts[0].start).toBe(0);
    expect(r.parts[1].title).toBe('二、2023年工会工作总体要求和主要任务');
    const plan = r.sections.find((s) => s.marker === '二、')!;
    expect(plan).toMatchObject({ level: 1, part: 'plan', path: ['2023年工会工作总体要求和主要任务'] });
  });

  it('infers the review from past-work wording when there is no manifest', () => {
    const bare = buildReport(acftuDoc());
    expect(bare.parts.map((p) => p.kind)).toEqual(['review', 'plan']);
    expect(bare.parts[0].years).toEqual([2022]);
  });

  it('makes short 一是… run-ins level-3 headings', () => {
    const u = r.units.find((x) => x.text === '一是多措并举深化改革。')!;
    expect(u.kind).toBe('heading');
    const s = r.sections[u.sectionId];
    expect(s).toMatchObject({ marker: '一是', level: 3, heading: '多措并举深化改革。' });
    expect(s.path).toEqual(['在新的起点上谋划推进产业工人队伍建设改革', '多措并举深化改革']);
    // 召开电视电话会议 has exactly 8 ideographs: long enough to stand alone.
    expect(r.units[u.id + 1].text).toBe('召开电视电话会议，');
    expect(r.units[u.id + 2].text).toBe('总结回顾改革 5 年来取得的成效和积累的经验，');
  });

  it('does not split the slogan “中国梦·劳动美——喜迎二十大 建功新时代”', () => {
    const u = r.units.find((x) => x.text.includes('喜迎二十大'))!;
    expect(u.text).toBe('三是以“中国梦·劳动美——喜迎二十大 建功新时代”为主题加强职工思想政治引领。');
    expect(u.kind).toBe('heading');
  });

  it('keeps a quote with its enumeration commas in one clause', () => {
    const u = r.units.find((x) => x.text.includes('下发一个通知'))!;
    expect(u.text).toContain('“下发一个通知、实现一次高层次的直接沟通、召开一次专门的研究会、');
    expect(u.text.split('“').length).toBe(u.text.split('”').length);
  });

  it('flags initiative clauses', () => {
    const find = (t: string) => r.units.find((x) => x.text.startsWith(t))!;
    expect(find('召开电视电话会议').initiative).toBe(true);
    expect(find('扎实推进工匠学院建设').initiative).toBe(true);
    expect(find('全总和各级工会迅即行动').initiative).toBe(false);
  });

  it('selectPart(plan) starts at 二、 and keeps the root as section 0', () => {
    const p = selectPart(r, 'plan');
    expect(p.units[0]).toMatchObject({ id: 0, kind: 'heading', text: '二、2023年工会工作总体要求和主要任务' });
    expect(p.sections[1]).toMatchObject({ id: 1, parentId: 0, marker: '二、' });
    expect(p.units[0].sectionId).toBe(1);
    expect(p.units[0].sentence).toBe(0);
  });
});
