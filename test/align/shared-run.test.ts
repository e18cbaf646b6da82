import { describe, expect, it } from 'vitest';
import { longestRun, standsOnce, wordingLength } from '../../src/align/shared-run.js';

describe('the run two clauses share', () => {
  it('finds the longest run, wherever it stands in each (gov 2021 → 2022)', () => {
    expect(longestRun('推进基本养老保险全国统筹，', '稳步实施企业职工基本养老保险全国统筹，')).toBe('基本养老保险全国统筹，');
    expect(longestRun('制定实施基础研究十年行动方案，', '实施基础研究十年规划，')).toBe('实施基础研究十年');
  });

  it('gives the empty run for clauses with no character in common, and counts only word characters', () => {
    expect(longestRun('稳就业', '降成本')).toBe('');
    expect(wordingLength('基本养老保险全国统筹，')).toBe(10);
    expect(wordingLength('“六稳”、“六保”')).toBe(4);
  });

  it('tells a run said once from one said twice', () => {
    const text = ['加强基础设施建设，', '推进基本养老保险全国统筹，', '继续加强基础设施建设，'].join('\n');
    expect(standsOnce(text, '基本养老保险全国统筹')).toBe(true);
    expect(standsOnce(text, '加强基础设施建设')).toBe(false);
    expect(standsOnce(text, '养老金')).toBe(false);
  });
});
