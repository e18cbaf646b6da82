import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blindClaimEvidence, blindClaimSamples } from '../../bench/score/blind-claims.js';
import { toKey } from '../../bench/lib/key.js';
import { filesDiff } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const VERDICTS = ['really-new', 'in-old', 'really-dropped', 'in-new', 'trivial'];
const keysOf = (s: { oldFile: string; newFile: string }) => [toKey(readFileSync(s.oldFile, 'utf8')), toKey(readFileSync(s.newFile, 'utf8'))] as const;

describe('bench claims judged blind when the wording rule was made (bench/audits/blind-wording.judged.json)', () => {
  it('reads four pairs, 40 claims each, 10 from each stratum, every one judged', () => {
    const samples = blindClaimSamples(root, 'blind-wording');
    expect(samples.map((s) => s.pair)).toEqual(['1999-2000', '2002-2003', '2007-2008', '2018-2020']);
    for (const s of samples) {
      expect(s.claims).toHaveLength(40);
      for (const stratum of ['movedSure', 'sure', 'movedUnsure', 'unsure']) expect(s.claims.filter((c) => c.stratum === stratum), `${s.pair} ${stratum}`).toHaveLength(10);
      expect(s.claims.every((c) => VERDICTS.includes(c.verdict))).toBe(true);
    }
  });

  it('finds every claim of 2018 → 2020 in the grade its stratum says: the wording moves sure to alike and unsure to close', async () => {
    const s = blindClaimSamples(root, 'blind-wording').find((x) => x.pair === '2018-2020')!;
    const diff = await filesDiff(s.oldFile, s.newFile);
    const count = (stratum: string) => s.claims.filter((c) => c.stratum === stratum);
    const now = (stratum: string) => blindClaimEvidence(count(stratum), diff, ...keysOf(s));
    const total = (g: { holds: number; inOther: number; trivial: number }) => g.holds + g.inOther + g.trivial;
    for (const [stratum, grade] of [['movedSure', 'alike'], ['sure', 'sure'], ['movedUnsure', 'close'], ['unsure', 'unsure']] as const) {
      const e = now(stratum);
      expect(e.gone, stratum).toBe(0);
      expect(total(e.grades[grade]), stratum).toBe(10);
    }
  });
});

describe('bench sure claims judged blind by how much of them is novel (bench/audits/blind-novel-share.judged.json)', () => {
  it('reads four pairs, 24 claims each, 6 per kind from each stratum, every one judged, quotes found in the other report', () => {
    const samples = blindClaimSamples(root, 'blind-novel-share');
    expect(samples.map((s) => s.pair)).toEqual(['1997-1998', '2001-2002', '2014-2016', '2021-2022']);
    for (const s of samples) {
      for (const kind of ['new', 'dropped']) for (const stratum of ['high', 'low']) expect(s.claims.filter((c) => c.kind === kind && c.stratum === stratum), `${s.pair} ${kind} ${stratum}`).toHaveLength(6);
      expect(s.claims.every((c) => VERDICTS.includes(c.verdict))).toBe(true);
      const texts = [readFileSync(s.oldFile, 'utf8'), readFileSync(s.newFile, 'utf8')];
      for (const c of s.claims as Array<{ kind: string; verdict: string; oldQuote?: string; newQuote?: string }>) {
        if (!c.verdict.startsWith('in-')) continue;
        const quote = c.kind === 'new' ? c.oldQuote! : c.newQuote!;
        expect(texts[c.kind === 'new' ? 0 : 1].includes(quote), quote).toBe(true);
      }
    }
  });

  it('finds the claims of 2021 → 2022 sure still, each in the band of novelShare its stratum was drawn from', async () => {
    const s = blindClaimSamples(root, 'blind-novel-share').find((x) => x.pair === '2021-2022')!;
    const diff = await filesDiff(s.oldFile, s.newFile);
    const total = (g: { holds: number; inOther: number; trivial: number }) => g.holds + g.inOther + g.trivial;
    const high = blindClaimEvidence(s.claims.filter((c) => c.stratum === 'high'), diff, ...keysOf(s));
    const low = blindClaimEvidence(s.claims.filter((c) => c.stratum === 'low'), diff, ...keysOf(s));
    expect([high.gone, low.gone]).toEqual([0, 0]);
    expect([total(high.sureByShare['from 0.5']), total(high.sureByShare['0.3 to 0.5']), total(high.sureByShare['below 0.3'])]).toEqual([12, 0, 0]);
    expect([total(low.sureByShare['below 0.3']), total(low.sureByShare['0.3 to 0.5']), total(low.sureByShare['from 0.5'])]).toEqual([12, 0, 0]);
    // As judged: 11 of the 12 drawn from 0.5 hold, 7 of the 12 below 0.3.
    expect([high.sureByShare['from 0.5'].holds, low.sureByShare['below 0.3'].holds]).toEqual([11, 7]);
  });
});
