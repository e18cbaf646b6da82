import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gradedEvidence, gradedSamples, holdShare, sampledPairLinks, STRATA, stratumOf, weightedShare, type GradedEvidence, type StratumVerdicts } from '../../bench/score/graded-claims.js';
import { byShareZero, linkEvidence } from '../../bench/score/claim-evidence.js';
import { toKey } from '../../bench/lib/key.js';
import { filesDiff } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAIRS = ['gov-1998-1999', 'gov-2006-2007', 'gov-2009-2010', 'gov-2012-2013'];

describe('bench claims sampled by grade (bench/audits/*.sure.judged.json, *.graded.judged.json)', () => {
  it('reads four pairs per mode, each claim judged and found in its key, each stratum drawn alike for each kind', () => {
    for (const mode of ['sure', 'graded'] as const) {
      const samples = gradedSamples(root, mode);
      expect(samples.map((s) => s.pair), mode).toEqual(PAIRS);
      for (const s of samples) {
        for (const kind of ['new', 'dropped'] as const) {
          const claims = s.judged[kind];
          expect(claims.every((c) => c.verdict && c.id in s.key), `${s.pair} ${mode} ${kind}`).toBe(true);
          const per = STRATA[mode].map((st) => claims.filter((c) => s.key[c.id].stratum === st).length);
          expect(per, `${s.pair} ${mode} ${kind}`).toEqual(STRATA[mode].map(() => claims.length / STRATA[mode].length));
        }
      }
    }
  });

  it('finds every judged claim of 2012 → 2013 in the stratum it was drawn from, and none once the claims name no word', async () => {
    const s = gradedSamples(root, 'sure').find((x) => x.pair === 'gov-2012-2013')!;
    const diff = await filesDiff(s.oldFile, s.newFile);
    const keys = [toKey(readFileSync(s.oldFile, 'utf8')), toKey(readFileSync(s.newFile, 'utf8'))] as const;
    const judged = s.judged.new.length + s.judged.dropped.length;
    const now = gradedEvidence(s, 'sure', diff, ...keys);
    const counted = (h: StratumVerdicts | undefined) => (h ? h.holds + h.inOther + h.trivial : 0);
    expect(counted(now.strata.many) + counted(now.strata.few) + now.gone).toBe(judged);
    // Gone: 1 the engine no longer makes as drawn, and 3 graded alike since their closest unit counts as alike in wording (WORDING_ALIKE).
    expect(now.gone).toBeLessThanOrEqual(4);
    expect(now.strata.many!.claims).toBeGreaterThan(counted(now.strata.many));
    // A claim naming no word is unsure: the same claims, their evidence taken away, leave the sure strata.
    const unsure = { ...diff, changes: diff.changes.map((c) => (c.novel ? { ...c, novel: [] } : c)) };
    expect(unsure.changes.filter((c) => c.novel).every((c) => ['unsure', 'close'].includes(stratumOf(c)))).toBe(true);
    expect(gradedEvidence(s, 'sure', unsure, ...keys).gone).toBe(judged);
  });

  it('reads the four pairs’ judged links, and finds those of 2009 → 2010 among the links the engine makes', async () => {
    const pairs = sampledPairLinks(root);
    expect(pairs.map((p) => [p.pair, p.links.length])).toEqual(PAIRS.map((p) => [p, 60]));
    const s = pairs.find((p) => p.pair === 'gov-2009-2010')!;
    const diff = await filesDiff(s.oldFile, s.newFile);
    const keys = [toKey(readFileSync(s.oldFile, 'utf8')), toKey(readFileSync(s.newFile, 'utf8'))] as const;
    const e = linkEvidence(diff, s.links, ...keys);
    const counted = (v: typeof e.weak) => v.same + v.partial + v.wrong;
    expect(counted(e.weak) + counted(e.other) + e.gone).toBe(60);
    expect(e.gone).toBeLessThanOrEqual(3);
    // With no links left, every judged link is no longer made.
    expect(linkEvidence({ ...diff, changes: diff.changes.filter((c) => !(c.old && c.new)) }, s.links, ...keys).gone).toBe(60);
  });

  it("weighs each stratum's share by the engine's claims in it", () => {
    const h = (holds: number, inOther: number, claims: number) => ({ holds, inOther, trivial: 0, claims });
    const row: GradedEvidence = { pair: 'p', strata: { many: h(9, 1, 100), few: h(5, 5, 300) }, gone: 0, sureByShare: byShareZero() };
    expect(holdShare(row.strata.many!)).toBe(0.9);
    // (100 × 0.9 + 300 × 0.5) / 400
    expect(weightedShare([row], STRATA.sure)).toBeCloseTo(0.6, 10);
  });
});
