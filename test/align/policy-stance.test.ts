import { describe, expect, it } from 'vitest';
import { policiesSpokenOf, policyStances, shareStance, statesOneStance } from '../../src/align/policy-stance.js';

// Clauses as the Government Work Reports write them (gov 2003, 2007, 2008, 2011, 2020, 2025).
describe('policyStances', () => {
  it.each([
    ['实施积极的财政政策和稳健的货币政策，', '财政货币'],
    ['今年要实行稳健的财政政策和从紧的货币政策。', '财政货币'],
    ['实施适度宽松的货币政策。', '货币'],
    ['积极的财政政策要更加积极有为。', '财政'],
    ['继续实施稳健的财政政策和货币政策。', '财政货币'],
  ])('reads the stances of %s', (text, stances) => {
    expect(policyStances(text)).toBe(stances);
  });

  it.each([
    ['主要发达经济体进一步推行宽松货币政策，', 'other economies, no 的: no stance of this report'],
    ['创新直达实体经济的货币政策工具，', 'a tool of the policy'],
    ['用好财政政策空间，', 'no stance word'],
  ])('finds no stance in %s (%s)', (text) => {
    expect(policyStances(text)).toBe('');
  });

  it('pairs stances that name one policy', () => {
    expect(shareStance('财政货币', '货币')).toBe(true);
    expect(shareStance('财政', '货币')).toBe(false);
    expect(shareStance('', '')).toBe(false);
    // gov 2024 → 2025: a change of stance is a statement of one policy's stance on both sides; a policy's room is none.
    expect(statesOneStance('稳健的货币政策要灵活适度、精准有效。', '实施适度宽松的货币政策。')).toBe(true);
    expect(statesOneStance('用好财政政策空间，', '实施更加积极的财政政策。')).toBe(false);
  });
});

describe('policiesSpokenOf', () => {
  it.each([
    ['货币政策要保持松紧适度，', '货币'],
    ['在财政政策运用上，', '财政'],
    ['有力实施财政货币政策，', '财政货币'],
    ['加强财政政策和货币政策协调配合', '财政货币'],
  ])('finds the policy spoken of as such in %s', (text, policies) => {
    expect(policiesSpokenOf(text)).toBe(policies);
  });

  it.each([
    ['用好财政政策空间，', 'its room'],
    ['创新直达实体经济的货币政策工具，', 'its tools'],
    ['畅通货币政策传导机制，', 'its channel'],
    ['主要发达经济体进一步推行宽松货币政策，', "other economies', an adjective outside the formula"],
  ])('finds none in %s (%s)', (text) => {
    expect(policiesSpokenOf(text)).toBe('');
  });
});
