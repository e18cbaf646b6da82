import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadReport } from '../../src/pipeline.js';
import { expectClosingTextAfter, sectionWith } from './seed-doc.js';

const fixture = fileURLToPath(new URL('../fixtures/structure/gov-work-report-2009.txt', import.meta.url));
const fujian = fileURLToPath(new URL('../fixtures/structure/provincial-2025-fujian.txt', import.meta.url));
const shanghai = fileURLToPath(new URL('../fixtures/structure/provincial-2025-shanghai.txt', import.meta.url));
const shanxi = fileURLToPath(new URL('../fixtures/structure/provincial-2025-shanxi.txt', import.meta.url));

describe('a complete report whose first `一是` runs inline (gov-work-report 2009)', () => {
  it('does not warn that the text starts past its first heading', async () => {
    // `…我们正面临前所未有的困难和挑战。一是国际金融…` runs inline; `二是受国际金融危机影响…` opens the next paragraph.
    const r = await loadReport(fixture);
    expect(r.diagnostics.filter((d) => d.code === 'heading-lost')).toEqual([]);
    const second = r.sections.find((s) => s.marker === '二是' && s.heading?.startsWith('受国际金融危机影响'));
    expect(second).toBeDefined();
    // It hangs under the review's closing text on its problems (`在肯定成绩的同时…一是…二是…`),
    // not under a placeholder for a lost heading.
    const parent = r.sections[second!.parentId!];
    expect(parent).toMatchObject({ heading: null, part: 'review' });
    expect(r.text.slice(parent.start).startsWith('在肯定成绩的同时')).toBe(true);
    expect(r.sections[parent.parentId!].heading).toBe('2008年工作回顾');
  });
});

describe('where a run of 一是…五是 ends, which no marker says (gov-work-report 2009)', () => {
  it('keeps the last item to as many paragraphs as the longest before it, and files the rest under the parent', async () => {
    const r = await loadReport(fixture);
    // 一是…五是 of the farm section, one paragraph each; after 五是加大扶贫开发力度, its parent's own measures.
    const fifth = sectionWith(r, '加大扶贫开发力度');
    expect(fifth.marker).toBe('五是');
    const items = r.sections.filter((s) => s.parentId === fifth.parentId && s.marker?.endsWith('是'));
    expect(items.map((s) => s.marker)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    const measures = sectionWith(r, '全面加强“三农”工作要采取以下措施');
    expectClosingTextAfter(fifth, measures);
    expect(sectionWith(r, '一要大幅度增加农业农村投入')).toBe(measures);
    // Items that each run over several paragraphs keep them: 七是 follows six one-paragraph items and keeps one.
    const seventh = sectionWith(r, '营造良好的国际经贸环境');
    expect(new Set(r.units.filter((u) => u.sectionId === seventh.id).map((u) => u.paragraph)).size).toBe(1);
  });
});

describe('where a run of headed items ends: the text turning to look back over the year', () => {
  it('files what follows a review’s last （八） item from `一年来，` on under the review (provincial 2025, fujian)', async () => {
    const r = await loadReport(fujian);
    const eighth = sectionWith(r, '守牢红线底线');
    expect(eighth.marker).toBe('（八）');
    // The item's last paragraph of its own stays with it.
    expect(sectionWith(r, '城乡社区服务体系进一步完善')).toBe(eighth);
    expect(eighth.part).toBe('review');
    expectClosingTextAfter(eighth, sectionWith(r, '全省各级人民政府坚定拥护'));
  });

  it('ends a last item where the speaker turns to the hall with a comma, as provincial reports do (shanghai)', async () => {
    const r = await loadReport(shanghai);
    const sixth = sectionWith(r, '数字政府建设迈上新台阶');
    expect(sixth).toMatchObject({ marker: '（六）', part: 'review' });
    expectClosingTextAfter(sixth, sectionWith(r, '国防和军队建设支持力度进一步加大'));
  });

  it('leaves `各位代表，…` under an item that is not the last: shanxi closes its plan items with one', async () => {
    const r = await loadReport(shanxi);
    const second = sectionWith(r, '高质量发展是必由之路');
    expect(second.marker).toBe('（二）');
    expect(second.heading).toMatch(/^聚焦加快转型发展/);
  });

  it('keeps an item’s first paragraph under it even when it opens `过去一年，` (gov-work-report 2009)', async () => {
    const r = await loadReport(fixture);
    const seventh = sectionWith(r, '政府自身改革和建设取得了新的成绩');
    expect(seventh).toMatchObject({ marker: '（七）', part: 'plan' });
    expect(seventh.heading).toMatch(/^推进政府自身建设/);
    expect(sectionWith(r, '规范行政行为')).toBe(seventh);
  });
});
