import { describe, expect, it } from 'vitest';
import { isInitiative } from '../../src/structure/initiative.js';

describe('isInitiative', () => {
  it('is true for verb-led clauses, after adverbs or a subject (gov 2024, acftu)', () => {
    expect(isInitiative('实施制造业技术改造升级工程，')).toBe(true);
    expect(isInitiative('扎实推进工匠学院建设，')).toBe(true);
    expect(isInitiative('全总和各级工会通过多次召开会议')).toBe(false);
    expect(isInitiative('全总和各级工会深入开展新修改的《工会法》学习宣传贯彻，')).toBe(true);
    expect(isInitiative('一是切实维护新就业形态劳动者劳动保障权益。')).toBe(false);
    expect(isInitiative('二是加强基层党组织建设。')).toBe(true);
  });

  it('is true for a named programme or a document', () => {
    expect(isInitiative('影响力、感召力持续提升“网聚职工正能量 争做中国好网民”主题活动')).toBe(true);
    expect(isInitiative('编写《工会法》释义和学习问答，')).toBe(true);
  });

  it('is false for results and one-character quotes', () => {
    expect(isInitiative('保持工业经济平稳运行。')).toBe(false);
    expect(isInitiative('“稳”的态势巩固延续。')).toBe(false);
    expect(isInitiative('各级工会全年累计调解纠纷 28.9 万件，')).toBe(false);
  });
});
