import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { framingOpenerAgreement } from '../../bench/score/framing-labels.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('blind labels of the sentence openers the framing test was widened to (bench/audits/blind-framing-openers.judged.json)', () => {
  it('holds each clause as its report writes it, with one of the six labels', () => {
    const { items } = JSON.parse(readFileSync(`${root}/bench/audits/blind-framing-openers.judged.json`, 'utf8')) as { items: Array<{ report: string; text: string; label: string }> };
    expect(items).toHaveLength(100);
    for (const c of items) {
      // The bench texts keep the PDF's breaks (`根据中央《\n建议\n》…`); the engine's units do not.
      expect(readFileSync(`${root}/${c.report}`, 'utf8').replace(/\s+/g, '').includes(c.text), c.text).toBe(true);
      expect(['initiative', 'target', 'result', 'situation', 'rhetoric', 'fragment']).toContain(c.label);
    }
  });

  it('marks the clauses of the groups readers called content-free, and none of the controls', () => {
    const groups = framingOpenerAgreement(root);
    for (const g of groups.filter((g) => g.group !== 'control')) {
      // All but one: `按照推进国家治理体系和治理能力现代化的要求，` is longer than a phrase the test reads as only a frame.
      expect(g.marked, g.group).toBe(g.group === 'basis' ? g.clauses - 1 : g.clauses);
      // The bar set before the labels were read: seven in ten rhetoric or fragments.
      expect(g.plain / g.clauses, g.group).toBeGreaterThanOrEqual(0.7);
    }
    const control = groups.find((g) => g.group === 'control')!;
    expect(control.marked).toBe(0);
    // The labels tell such openers from other short claims: most controls carry content.
    expect(control.plain / control.clauses).toBeLessThan(0.5);
  });
});
