import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { holdShare, sureEvidence, sureSamples, weightedSure, type SureEvidence } from '../../bench/score/sure-claims.js';
import { toKey } from '../../bench/lib/key.js';
import { filesDiff } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bench sure-claims samples (bench/audits/*.sure.judged.json)', () => {
  it('reads four pairs, each claim judged and found in its key, half of each kind from each half', () => {
    const samples = sureSamples(root);
    expect(samples.map((s) => s.pair)).toEqual(['gov-1998-1999', 'gov-2006-2007', 'gov-2009-2010', 'gov-2012-2013']);
    for (const s of samples) {
      for (const kind of ['new', 'dropped'] as const) {
        const claims = s.judged[kind];
        expect(claims.every((c) => c.verdict && c.id in s.key), `${s.pair} ${kind}`).toBe(true);
        const many = claims.filter((c) => s.key[c.id].many).length;
        expect([many, claims.length - many], `${s.pair} ${kind}`).toEqual([claims.length / 2, claims.length / 2]);
      }
    }
  });

  it('finds every judged claim of 2012 → 2013 among the sure claims the engine makes, and none once they are not sure', async () => {
    const s = sureSamples(root).find((x) => x.pair === 'gov-2012-2013')!;
    const diff = await filesDiff(s.oldFile, s.newFile);
    const keys = [toKey(readFileSync(s.oldFile, 'utf8')), toKey(readFileSync(s.newFile, 'utf8'))] as const;
    const judged = s.judged.new.length + s.judged.dropped.length;
    const now = sureEvidence(s.pair, diff, s.judged, s.key, ...keys);
    const counted = (h: SureEvidence['many']) => h.holds + h.inOther + h.trivial;
    expect(counted(now.many) + counted(now.few) + now.gone).toBe(judged);
    expect(now.gone).toBeLessThanOrEqual(2);
    expect(now.many.claims).toBeGreaterThan(counted(now.many));
    // A claim naming no word is unsure: the same claims, their evidence taken away, are no longer counted.
    const unsure = { ...diff, changes: diff.changes.map((c) => (c.novel ? { ...c, novel: [] } : c)) };
    expect(sureEvidence(s.pair, unsure, s.judged, s.key, ...keys).gone).toBe(judged);
  });

  it("weighs each half's share by the sure claims of that half", () => {
    const half = (holds: number, inOther: number, claims: number) => ({ holds, inOther, trivial: 0, claims });
    const row: SureEvidence = { pair: 'p', many: half(9, 1, 100), few: half(5, 5, 300), gone: 0 };
    expect(holdShare(row.many)).toBe(0.9);
    // (100 × 0.9 + 300 × 0.5) / 400
    expect(weightedSure([row])).toBeCloseTo(0.6, 10);
  });
});
