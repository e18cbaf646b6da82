import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headlineSamples, headlineTally } from '../../bench/score/blind-headline.js';
import { filesDiff } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const VERDICTS = ['really-new', 'in-old', 'really-dropped', 'in-new', 'trivial'];

describe('bench claims the summary lists first, judged blind (bench/audits/blind-headline.judged.json)', () => {
  it('reads eight pairs (six gov, two congress reports), the first 20 of each of their four lists, every one judged, quotes found in the other report', () => {
    const samples = headlineSamples(root);
    expect(samples.map((s) => s.pair)).toEqual(['1999-2000', '2002-2003', '2007-2008', '2018-2020', '2009-2010', '2012-2013', 'cpc-19-20', 'cpc-17-18']);
    for (const s of samples) {
      const texts = [readFileSync(s.oldFile, 'utf8'), readFileSync(s.newFile, 'utf8')];
      for (const kind of ['new', 'dropped']) for (const part of ['plan', 'review']) {
        const drawn = s.claims.filter((c) => c.kind === kind && c.part === part && c.drawn === 'before');
        expect(drawn, `${s.pair} ${kind} ${part}`).toHaveLength(20);
      }
      for (const c of s.claims) {
        expect(VERDICTS).toContain(c.verdict);
        if (c.verdict.startsWith('in-')) expect(texts[c.kind === 'new' ? 0 : 1].includes(c.quote), c.quote).toBe(true);
      }
    }
  });

  it("tallies every pair's lists by the readers' verdicts: nearly every claim listed now was judged, and most hold", async () => {
    for (const s of headlineSamples(root)) {
      const tally = headlineTally(s.claims, await filesDiff(s.oldFile, s.newFile));
      for (const [list, cell] of Object.entries(tally)) {
        expect(cell.holds + cell.inOther + cell.trivial + cell.unjudged, `${s.pair} ${list}`).toBe(20);
        // A change to the engine may bring a claim or two no reader saw; more would leave the table unread.
        expect(cell.unjudged, `${s.pair} ${list}`).toBeLessThanOrEqual(2);
      }
      // As judged, 2018 → 2020's lists held 71 of 80; a summary whose lists lost that would fail here.
      if (s.pair === '2018-2020') expect(Object.values(tally).reduce((a, c) => a + c.holds, 0)).toBeGreaterThanOrEqual(65);
    }
  });
});
