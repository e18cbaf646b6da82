import { describe, expect, it } from 'vitest';
import { numberChanges } from '../../src/summary/number-changes.js';
import { FIGURE } from '../../src/summary/number-rules.js';
import { carried, del, eq, ins, modified } from '../fixtures/summary/make-diff.js';

const figures = (text: string) => [...text.matchAll(FIGURE)].map((m) => m[0]);

describe('FIGURE', () => {
  it('finds figures with units in real report sentences, longest unit first', () => {
    // gov-work-report-2024.txt line 28
    expect(figures('国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人')).toEqual([
      '126万亿元',
      '5.2%',
      '1244万人',
    ]);
    // gov-work-report-2023.txt
    expect(figures('贷款平均利率较五年前下降1.5个百分点')).toEqual(['1.5个百分点']);
    expect(figures('全国832个贫困县全部摘帽')).toEqual(['832个']);
    expect(figures('年均临时救助1100万人次')).toEqual(['1100万人次']);
  });

  it('ignores years and bare numbers', () => {
    expect(figures('2024年工作回顾，党的二十届三中全会')).toEqual([]);
    expect(figures('中国式现代化迈出新的坚实步伐，成立75周年')).toEqual([]);
  });
});

describe('numberChanges', () => {
  it('pairs a replaced amount with its context: 超过126万亿元 → 达到134.9万亿元', () => {
    const c = modified([eq('国内生产总值'), del('超过'), del('126'), ins('达到'), ins('134.9'), eq('万亿元')]);
    const [n, ...rest] = numberChanges(c);
    expect(rest).toEqual([]);
    expect(n.old).toMatchObject({ figure: '126万亿元', unit: '万亿元', before: '国内生产总值超过', cutBefore: false, after: '' });
    expect(n.new).toMatchObject({ figure: '134.9万亿元', value: '134.9', before: '国内生产总值达到', after: '' });
  });

  it('cuts long context to a few characters and marks the cut', () => {
    // 2024: 今年中央预算内投资拟安排7000亿元 / 2025: …7350亿元
    const c = modified([eq('今年中央预算内投资拟安排'), del('7000'), ins('7350'), eq('亿元')]);
    const [n] = numberChanges(c);
    expect(n.old.before).toBe('预算内投资拟安排');
    expect(n.old.cutBefore).toBe(true);
    expect(n.new.figure).toBe('7350亿元');
  });

  it('stops context at clause punctuation', () => {
    const c = modified([eq('国内生产总值达到134.9万亿元、增长'), del('5.2'), ins('5'), eq('%，增速居世界主要经济体前列')]);
    const [n] = numberChanges(c);
    expect(n.old).toMatchObject({ before: '增长', figure: '5.2%', after: '', cutBefore: false, cutAfter: false });
    expect(n.new.figure).toBe('5%');
  });

  it('pairs several figures of one clause in order, by unit', () => {
    const c = modified([eq('城镇新增就业'), del('1244'), ins('1256'), eq('万人、城镇调查失业率平均为'), del('5.2'), ins('5.1'), eq('%')]);
    expect(numberChanges(c).map((n) => [n.old.figure, n.new.figure])).toEqual([
      ['1244万人', '1256万人'],
      ['5.2%', '5.1%'],
    ]);
  });

  it('ignores unchanged figures, figures only added, and pairs without a diff', () => {
    expect(numberChanges(modified([eq('城镇新增就业1200万人'), ins('以上')]))).toEqual([]);
    expect(numberChanges(modified([del('稳步实施'), ins('持续推进'), eq('城市更新'), del('行动')]))).toEqual([]);
    expect(numberChanges(carried('城镇新增就业1200万人以上'))).toEqual([]);
  });
});

describe('numberChanges on pipeline-shaped diffs', () => {
  it('sees a figure changed by a deletion alone: 增长5[-.2-]% (2024 → 2025 report)', () => {
    // The diff compareTexts gives for these two sentences of the 2024 and 2025 reports.
    const c = modified([eq('国内生产总值'), del('超过126'), ins('达到134.9'), eq('万亿元，增长5'), del('.2'), eq('%。')]);
    expect(numberChanges(c).map((n) => `${n.old.before}${n.old.figure} → ${n.new.before}${n.new.figure}`)).toEqual([
      '国内生产总值超过126万亿元 → 国内生产总值达到134.9万亿元',
      '增长5.2% → 增长5%',
    ]);
  });

  it('does not count text added right after a figure as changing it', () => {
    // 2023: 城镇新增就业1200万人左右 / 2024: 城镇新增就业1200万人以上
    expect(numberChanges(modified([eq('城镇新增就业1200万人'), del('左右'), ins('以上')]))).toEqual([]);
  });
});

describe('numberChanges pairing guards', () => {
  it('does not pair figures that measure different things (2024 → 2025 deficit sentence)', () => {
    expect(numberChanges(modified([del('赤字率拟按3%安排'), ins('比上年增加1.6万亿元')]))).toEqual([]);
  });

  it('pairs amounts of money written in different units', () => {
    const [n] = numberChanges(modified([eq('比上年'), del('年初预算增加1800亿'), ins('增加1.2万亿'), eq('元')]));
    expect([n.old.figure, n.new.figure]).toEqual(['1800亿元', '1.2万亿元']);
  });

  it('keeps 斤 with its figure: 粮食产量1.3万亿斤以上 → 1.4万亿斤左右', () => {
    const [n] = numberChanges(modified([eq('粮食产量1.'), del('3'), ins('4'), eq('万亿斤'), del('以上'), ins('左右')]));
    expect([n.old.figure, n.new.figure, n.new.after]).toEqual(['1.3万亿斤', '1.4万亿斤', '左右']);
  });
});
