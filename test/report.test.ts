import { describe, expect, it } from 'vitest';
import { claimTrust } from '../src/report.js';

// Claims of gov 2023 → 2024, with the words they name and their closest unit as the engine gives them.
describe('claimTrust', () => {
  it('grades by the words a claim names and how close the other report comes', () => {
    // 推进大中小学思想政治教育一体化建设 names 大中小学; 2023's closest is 0.26 in words, 0.24 in wording.
    expect(claimTrust({ novel: ['大中小学'], closest: { similarity: 0.26, wording: 0.242 } })).toBe('sure');
    expect(claimTrust({ novel: ['大中小学'] })).toBe('sure');
    // 适应新型城镇化发展趋势和房地产市场供求关系变化 names 发展趋势, 供求关系; closest 0.34.
    expect(claimTrust({ novel: ['发展趋势', '供求关系'], closest: { similarity: 0.34, wording: 0.278 } })).toBe('alike');
    // 因城施策优化房地产调控 names nothing 2023 lacks; its closest is 0.54, so close.
    expect(claimTrust({ novel: [], closest: { similarity: 0.543, wording: 0.417 } })).toBe('close');
    // 受疫情等因素冲击 names nothing 2024 lacks; closest 0.45, worded apart (0.20): unsure.
    expect(claimTrust({ novel: [], closest: { similarity: 0.454, wording: 0.2 } })).toBe('unsure');
    // Whatever it names: 全年增值税留抵退税超过2.4万亿元 names 增值税, 退税, and 2024 says 全年新增税费优惠超过2.2万亿元 (0.523).
    expect(claimTrust({ novel: ['增值税', '退税'], closest: { similarity: 0.523, wording: 0.4 } })).toBe('close');
  });

  it('counts a unit worded alike as alike, however few words it shares', () => {
    // 大力发展银发经济 names 银发; 2023's 大力发展数字经济 is 0.26 in words but 0.57 in wording.
    expect(claimTrust({ novel: ['银发'], closest: { similarity: 0.257, wording: 0.571 } })).toBe('alike');
    // 全面贯彻党的十九大和十九届历次全会精神 names 十九, 历次; 2024's 全面贯彻落实党的二十大和二十届二中全会精神: 0.15, 0.44.
    expect(claimTrust({ novel: ['十九', '历次'], closest: { similarity: 0.151, wording: 0.444 } })).toBe('alike');
    // 维护劳动者合法权益 names nothing 2023 lacks, and 2023's 加强劳动者权益保护 is worded alike (0.375): close, not unsure.
    expect(claimTrust({ novel: [], closest: { similarity: 0.466, wording: 0.375 } })).toBe('close');
  });

  it('reads the closest unit as the views print it, to two decimals', () => {
    // 不少企业和个体工商户遇到特殊困难 (names 遇到): 0.496, printed 0.50, so close as the note beside it says.
    expect(claimTrust({ novel: ['遇到'], closest: { similarity: 0.496, wording: 0.533 } })).toBe('close');
    // 新型城镇化要处处体现以人为本: 0.49, printed 0.49.
    expect(claimTrust({ novel: ['处处', '体现', '以人为本'], closest: { similarity: 0.49, wording: 0.444 } })).toBe('alike');
    // 完成国务院及地方政府机构改革 names nothing 2024 lacks: wording 0.296, printed 0.30, so close.
    expect(claimTrust({ novel: [], closest: { similarity: 0.375, wording: 0.296 } })).toBe('close');
  });
});
