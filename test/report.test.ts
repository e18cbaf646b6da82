import { describe, expect, it } from 'vitest';
import { claimTrust } from '../src/report.js';

// Grades of claims from gov 2023 → 2024 (closest similarities as the engine gives them).
describe('claimTrust', () => {
  it('grades by the words a claim names and how close the other report comes', () => {
    // 城镇新增就业年均1270多万人 names 年均; 2024 has nothing alike below 0.3.
    expect(claimTrust({ novel: ['年均'], closest: { similarity: 0.26 } })).toBe('sure');
    expect(claimTrust({ novel: ['年均'] })).toBe('sure');
    expect(claimTrust({ novel: ['发展趋势'], closest: { similarity: 0.34 } })).toBe('alike');
    expect(claimTrust({ novel: [], closest: { similarity: 0.34 } })).toBe('unsure');
    // From 0.5 the grade is close, whatever words the claim names.
    expect(claimTrust({ novel: [], closest: { similarity: 0.617 } })).toBe('close');
    expect(claimTrust({ novel: ['增值税', '退税'], closest: { similarity: 0.52 } })).toBe('close');
  });

  it('reads the closest similarity as the views print it, to two decimals', () => {
    // Printed 0.50: close, as the note beside it says.
    expect(claimTrust({ novel: ['经营'], closest: { similarity: 0.497 } })).toBe('close');
    // Printed 0.49.
    expect(claimTrust({ novel: ['经营'], closest: { similarity: 0.494 } })).toBe('alike');
  });
});
