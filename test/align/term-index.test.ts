import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/pipeline.js';
import { loadSegmenter } from '../../src/segment/load-segmenter.js';
import { tokenizeReport } from '../../src/segment/tokenize-report.js';
import { termWeights } from '../../src/align/term-weights.js';
import { indexTerms, pairSimilarity, unitSimilarity } from '../../src/align/term-index.js';
import { seed } from '../helpers/seeds.js';

describe('unitSimilarity (gov 2023 → 2024)', () => {
  it('scores a pair from the two units’ terms as the term index does', async () => {
    const seg = loadSegmenter('node-rs');
    const [a, b] = await Promise.all([loadReport(seed('gov-work-report-2023.txt')), loadReport(seed('gov-work-report-2024.txt'))]);
    const [o, n] = [tokenizeReport(a, seg), tokenizeReport(b, seg)];
    const w = termWeights(o, n);
    const ix = indexTerms(o, n, w);
    // Every 37th OLD unit against every 41st NEW unit (about 1,000 pairs, some 50 sharing a word).
    let sharing = 0;
    for (let i = 0; i < o.units.length; i += 37) {
      for (let j = 0; j < n.units.length; j += 41) {
        const want = pairSimilarity(ix, i, j);
        if (want > 0) sharing++;
        expect(unitSimilarity(o.units[i], n.units[j], w)).toBeCloseTo(want, 9);
      }
    }
    expect(sharing).toBeGreaterThan(40);
    // The stock opening formula a claim of 2023 is pointed from by its wording (diff/closest.ts): a word in common, little weight.
    const i = o.units.findIndex((u) => u.unit.text.includes('全面贯彻党的十九大和十九届历次全会精神'));
    const j = n.units.findIndex((u) => u.unit.text.includes('全面贯彻落实党的二十大和二十届二中全会精神'));
    expect(unitSimilarity(o.units[i], n.units[j], w)).toBeCloseTo(pairSimilarity(ix, i, j), 9);
    expect(unitSimilarity(o.units[i], n.units[j], w)).toBeGreaterThan(0);
  });
});
