import { describe, expect, it } from 'vitest';
import { claimTrust } from '../src/report.js';

// Claims of gov 2023 → 2024, with the words they name and their closest unit's similarity as the engine gives them.
describe('claimTrust', () => {
  it('grades by the words a claim names and how close the other report comes', () => {
    // 推进大中小学思想政治教育一体化建设 names 大中小学; 2023's closest is 0.26.
    expect(claimTrust({ novel: ['大中小学'], closest: { similarity: 0.26 } })).toBe('sure');
    expect(claimTrust({ novel: ['大中小学'] })).toBe('sure');
    // 适应新型城镇化发展趋势和房地产市场供求关系变化 names 发展趋势, 供求关系; closest 0.34.
    expect(claimTrust({ novel: ['发展趋势', '供求关系'], closest: { similarity: 0.34 } })).toBe('alike');
    // 因城施策优化房地产调控 names nothing 2023 lacks; from 0.5 its grade is close (0.54), below it unsure.
    expect(claimTrust({ novel: [], closest: { similarity: 0.54 } })).toBe('close');
    expect(claimTrust({ novel: [], closest: { similarity: 0.34 } })).toBe('unsure');
    // Whatever it names: 全年增值税留抵退税超过2.4万亿元 names 增值税, 退税, and 2024 says 全年新增税费优惠超过2.2万亿元 (0.523).
    expect(claimTrust({ novel: ['增值税', '退税'], closest: { similarity: 0.523 } })).toBe('close');
  });

  it('reads the closest similarity as the views print it, to two decimals', () => {
    // 不少企业和个体工商户遇到特殊困难 (names 遇到): 0.496, printed 0.50, so close as the note beside it says.
    expect(claimTrust({ novel: ['遇到'], closest: { similarity: 0.496 } })).toBe('close');
    // 新型城镇化要处处体现以人为本: 0.49, printed 0.49.
    expect(claimTrust({ novel: ['处处', '体现', '以人为本'], closest: { similarity: 0.49 } })).toBe('alike');
  });
});
