import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSegmenter } from '../../src/segment/load-segmenter.js';
import { seed } from '../helpers/seeds.js';

// Loading nodejieba's whole dictionary takes seconds: one load for the file.
const nj = loadSegmenter('nodejieba');
const rs = loadSegmenter('node-rs');

describe('both jieba backends cut alike', () => {
  it('keeps runs of Latin letters and digits whole with nodejieba too (RCEP, 5G, years)', () => {
    // nodejieba alone cut these into R|C|E|P and 2|0|2|3: other terms and word diffs than node-rs gave.
    const lines = ['gov-work-report-2020.txt', 'gov-work-report-2023.txt', 'acftu-2023.txt']
      .flatMap((f) => readFileSync(seed(f), 'utf8').split('\n'))
      .filter((l) => /RCEP|5G|\d{4}年/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const withLatin = (toks: string[]) => toks.filter((t) => /[A-Za-z0-9]/.test(t));
    for (const line of lines) expect(withLatin(nj.cut(line)), line.slice(0, 40)).toEqual(withLatin(rs.cut(line)));
    expect(nj.cut('区域全面经济伙伴关系协定（RCEP）生效实施')).toContain('RCEP');
  });
});
