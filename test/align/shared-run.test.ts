import { describe, expect, it } from 'vitest';
import { joinKeys, longestRun, unitsHolding, wordingLength } from '../../src/align/shared-run.js';

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

  it('finds the units that hold a run whole: one, several, none, and not inside a longer number', () => {
    const hosts = joinKeys(['加强基础设施建设，', '推进基本养老保险全国统筹，', '继续加强基础设施建设，', '国内生产总值增长5.2%']);
    expect(unitsHolding(hosts, '基本养老保险全国统筹')).toEqual([1]);
    expect(unitsHolding(hosts, '加强基础设施建设')).toEqual([0, 2]);
    expect(unitsHolding(hosts, '养老金')).toEqual([]);
    expect(unitsHolding(hosts, '增长5')).toEqual([]);
    // No match runs across two units.
    expect(unitsHolding(hosts, '建设，推进')).toEqual([]);
  });
});
