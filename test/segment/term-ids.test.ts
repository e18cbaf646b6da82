import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/pipeline.js';
import { loadSegmenter } from '../../src/segment/load-segmenter.js';
import { tokenizeReport, type TokenizedReport, type TokenizedUnit } from '../../src/segment/tokenize-report.js';
import { compareKey } from '../../src/ingest/normalize.js';
import { termName } from '../../src/segment/term-ids.js';
import { termWeights } from '../../src/align/term-weights.js';
import { termPrior } from '../../src/segment/terms.js';
import { termForms } from '../../src/segment/aliases.js';
import { seed } from '../helpers/seeds.js';

/** A unit's terms by name. */
const names = (u: TokenizedUnit) => Array.from(u.termIds, termName);

describe('term numbers on consecutive Government Work Reports (2024, 2025)', () => {
  let both: Promise<[TokenizedReport, TokenizedReport]> | undefined;
  const tokenized = () =>
    (both ??= (async () => {
      const seg = loadSegmenter('node-rs');
      const [a, b] = await Promise.all([loadReport(seed('gov-work-report-2024.txt')), loadReport(seed('gov-work-report-2025.txt'))]);
      return [tokenizeReport(a, seg), tokenizeReport(b, seg)];
    })());

  it('gives a unit each of its terms once, as numbers that read back as words of its (folded) text, or their other form (进博会 as 进口博览会)', async () => {
    for (const r of await tokenized()) {
      for (const u of r.units) {
        expect(new Set(u.termIds).size).toBe(u.termIds.length);
        expect(u.factors).toHaveLength(u.termIds.length);
        const folded = compareKey(u.unit.text);
        for (const t of names(u)) expect(termForms(t).some((form) => folded.includes(form)), t).toBe(true);
      }
    }
  });

  it('numbers a term both reports use the same in both (人工智能, 以旧换新)', async () => {
    const [a, b] = await tokenized();
    for (const term of ['人工智能', '以旧换新']) {
      const idIn = (r: TokenizedReport) => new Set(r.units.flatMap((u) => names(u).flatMap((t, k) => (t === term ? [u.termIds[k]] : []))));
      const [inA, inB] = [idIn(a), idIn(b)];
      expect(inA.size, `${term} in 2024`).toBe(1);
      expect([...inB]).toEqual([...inA]);
    }
  });

  it('counts, weighs, marks unique and places on its sides each term by its number as counting the terms by name gives', async () => {
    const [a, b] = await tokenized();
    const w = termWeights(a, b);
    const uses = (r: TokenizedReport) => {
      const m = new Map<string, number>();
      for (const u of r.units) for (const t of names(u)) m.set(t, (m.get(t) ?? 0) + 1);
      return m;
    };
    const [inA, inB] = [uses(a), uses(b)];
    const idOf = new Map<string, number>();
    for (const r of [a, b]) for (const u of r.units) names(u).forEach((t, k) => idOf.set(t, u.termIds[k]));
    expect(w.n).toBe(a.units.length + b.units.length);
    for (const [term, id] of idOf) {
      const df = (inA.get(term) ?? 0) + (inB.get(term) ?? 0);
      expect(w.df(id), term).toBe(df);
      expect(w.unique(id), term).toBe(inA.get(term) === 1 && inB.get(term) === 1 && termPrior(term) === 1);
      expect(w.weight(id), term).toBeCloseTo(Math.log(1 + w.n / df) * termPrior(term), 12);
      expect([w.used('old', id), w.used('new', id)], term).toEqual([inA.has(term), inB.has(term)]);
    }
    // A rare initiative outweighs boilerplate that most units share.
    expect(w.weight(idOf.get('以旧换新')!)).toBeGreaterThan(w.weight(idOf.get('加强')!));
  });
});
