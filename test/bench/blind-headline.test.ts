import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headlineSamples, headlineTally } from '../../bench/score/blind-headline.js';
import { filesDiff } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const VERDICTS = ['really-new', 'in-old', 'really-dropped', 'in-new', 'trivial'];

describe('bench claims the summary lists first, judged blind (bench/audits/blind-headline.judged.json)', () => {
  it('reads four pairs, the first 20 of each of their four lists, every one judged, quotes found in the other report', () => {
    const samples = headlineSamples(root);
    expect(samples.map((s) => s.pair)).toEqual(['1999-2000', '2002-2003', '2007-2008', '2018-2020']);
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

  it("finds every claim of 2018 → 2020's lists judged, as the readers judged them", async () => {
    const s = headlineSamples(root).find((x) => x.pair === '2018-2020')!;
    const tally = headlineTally(s.claims, await filesDiff(s.oldFile, s.newFile));
    for (const cell of Object.values(tally)) expect(cell.unjudged).toBe(0);
    expect(Object.values(tally).map((c) => c.holds + c.inOther + c.trivial)).toEqual([20, 20, 20, 20]);
    // As judged: plan and review, new then dropped.
    expect([tally['new plan'].holds, tally['new review'].holds, tally['dropped plan'].holds, tally['dropped review'].holds]).toEqual([16, 18, 18, 19]);
  });
});
