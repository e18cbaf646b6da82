import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadReport } from '../../src/pipeline.js';

const fixture = fileURLToPath(new URL('../fixtures/structure/gov-work-report-2009.txt', import.meta.url));

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
