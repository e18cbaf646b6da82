import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/pipeline.js';
import { loadSegmenter } from '../../src/segment/load-segmenter.js';
import type { Segmenter } from '../../src/segment/segmenter.js';
import { SUB_WORD_FACTOR, tokenizeReport } from '../../src/segment/tokenize-report.js';
import { termName } from '../../src/segment/term-ids.js';
import { seed } from '../helpers/seeds.js';

/** A fresh wrapper around the real backend, as the pipeline makes one per report, recording the sub-words asked for. */
function wrapper(name: string, asked: string[]): Segmenter {
  const real = loadSegmenter('node-rs');
  return {
    name,
    cut: (t) => real.cut(t),
    addWord: (w) => real.addWord(w),
    subWords: (w) => {
      asked.push(w);
      return real.subWords!(w);
    },
  };
}

describe('tokenizeReport on consecutive Government Work Reports', () => {
  it('asks for the sub-words of a word once per backend, even through a new segmenter object per report', async () => {
    const [a, b] = await Promise.all([loadReport(seed('gov-work-report-2024.txt')), loadReport(seed('gov-work-report-2025.txt'))]);
    // A name of its own, so no other test has filled this backend's cache.
    const name = `node-rs-test-${process.pid}`;
    const first: string[] = [];
    const second: string[] = [];
    tokenizeReport(a, wrapper(name, first));
    const t = tokenizeReport(b, wrapper(name, second));
    expect(first.length).toBeGreaterThan(500);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((w) => first.includes(w))).toEqual([]);
    expect(second.length).toBeLessThan(first.length / 2);
    // And the terms are those the real backend gives.
    const direct = tokenizeReport(b, loadSegmenter('node-rs'));
    expect(t.units.map((u) => u.termIds)).toEqual(direct.units.map((u) => u.termIds));
  });
});

describe('slogans in quotes', () => {
  it('makes a quoted slogan that jieba cuts into characters one term, leaving the tokens as cut', async () => {
    const t = tokenizeReport(await loadReport(seed('gov-work-report-2022.txt')), loadSegmenter('node-rs'));
    const unit = t.units.find((u) => u.unit.text.includes('继续做好“六稳”、“六保”工作'))!;
    const terms = Array.from(unit.termIds, termName);
    expect(terms).toEqual(expect.arrayContaining(['六稳', '六保']));
    expect(unit.tokens.join('')).toBe(unit.unit.text);
    expect(unit.tokens).toContain('稳');
    // A quote longer than a slogan is a title or a citation, not one term.
    const long = t.units.find((u) => /“[^”]{9,}”/.test(u.unit.text))!;
    const quoted = /“([^”]{9,})”/.exec(long.unit.text)![1];
    expect(Array.from(long.termIds, termName)).not.toContain(quoted);
  });
});

describe('GDP as the whole of a share', () => {
  it('counts 国内 and 生产总值 as sub-words where a clause names GDP only as a share’s whole, and in full where GDP is the subject', async () => {
    const t = tokenizeReport(await loadReport(seed('gov-work-report-2025.txt')), loadSegmenter('node-rs'));
    const factorOf = (phrase: string, term: string) => {
      const u = t.units.find((x) => x.unit.text.includes(phrase))!;
      return u.factors[Array.from(u.termIds, termName).indexOf(term)];
    };
    expect(factorOf('数字经济核心产业增加值占国内生产总值比重', '生产总值')).toBe(SUB_WORD_FACTOR);
    expect(factorOf('数字经济核心产业增加值占国内生产总值比重', '国内')).toBe(SUB_WORD_FACTOR);
    // The subject keeps its weight.
    expect(factorOf('数字经济核心产业增加值占国内生产总值比重', '增加值')).toBe(1);
    expect(factorOf('国内生产总值增长5%左右', '生产总值')).toBe(1);
  });
});
