import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wordingEvidence, wordingSamples } from '../../bench/score/wording-claims.js';
import { toKey } from '../../bench/lib/key.js';
import { filesDiff } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bench claims judged blind when the wording rule was made (bench/audits/blind-wording.judged.json)', () => {
  it('reads four pairs, 40 claims each, 10 from each stratum, every one judged', () => {
    const samples = wordingSamples(root);
    expect(samples.map((s) => s.pair)).toEqual(['1999-2000', '2002-2003', '2007-2008', '2018-2020']);
    for (const s of samples) {
      expect(s.claims).toHaveLength(40);
      for (const stratum of ['movedSure', 'sure', 'movedUnsure', 'unsure']) expect(s.claims.filter((c) => c.stratum === stratum), `${s.pair} ${stratum}`).toHaveLength(10);
      expect(s.claims.every((c) => ['really-new', 'in-old', 'really-dropped', 'in-new', 'trivial'].includes(c.verdict))).toBe(true);
    }
  });

  it('finds every claim of 2018 → 2020 in the grade its stratum says: the wording moves sure to alike and unsure to close', async () => {
    const s = wordingSamples(root).find((x) => x.pair === '2018-2020')!;
    const diff = await filesDiff(s.oldFile, s.newFile);
    const keys = [toKey(readFileSync(s.oldFile, 'utf8')), toKey(readFileSync(s.newFile, 'utf8'))] as const;
    const count = (stratum: string) => s.claims.filter((c) => c.stratum === stratum);
    const now = (stratum: string) => wordingEvidence(count(stratum), diff, ...keys);
    const total = (g: { holds: number; inOther: number; trivial: number }) => g.holds + g.inOther + g.trivial;
    for (const [stratum, grade] of [['movedSure', 'alike'], ['sure', 'sure'], ['movedUnsure', 'close'], ['unsure', 'unsure']] as const) {
      const e = now(stratum);
      expect(e.gone, stratum).toBe(0);
      expect(total(e.grades[grade]), stratum).toBe(10);
    }
  });
});
