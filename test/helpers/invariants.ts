import { expect } from 'vitest';
import type { ReportDiff } from '../../src/report.js';

/**
 * The JSON contract of the README, checked on any diff: every unit of each
 * side appears exactly once, in order (a repeat's repeated unit again, once
 * per repeat of it, beside its first partner), and a modified pair's word
 * diff rebuilds both texts; a unit's `paragraph` never runs back, nor splits a sentence.
 */
export function expectDiffInvariants(diff: ReportDiff): void {
  const oldIds = diff.changes.flatMap((c) => (c.old && c.repeats !== 'old' ? [c.old.id] : []));
  const newIds = diff.changes.flatMap((c) => (c.new && c.repeats !== 'new' ? [c.new.id] : []));
  // A repeat's repeated unit has exactly one first change (-1 marks a second), whose partner is the repeat's `also`.
  const firsts = { old: new Map<number, number>(), new: new Map<number, number>() };
  diff.changes.forEach((c, i) => {
    if (c.repeats) return;
    for (const side of ['old', 'new'] as const) {
      const id = c[side]?.id;
      if (id !== undefined) firsts[side].set(id, firsts[side].has(id) ? -1 : i);
    }
  });
  for (const c of diff.changes.filter((x) => x.repeats)) {
    const side = c.repeats!;
    const other = side === 'old' ? 'new' : 'old';
    expect(['carried', 'modified']).toContain(c.kind);
    const first = firsts[side].get(c[side]!.id);
    expect(first ?? -1).toBeGreaterThanOrEqual(0);
    expect(c.also).toEqual(diff.changes[first!][other]);
  }
  expect(new Set(oldIds).size).toBe(oldIds.length);
  expect(new Set(newIds).size).toBe(newIds.length);
  expect(oldIds.length).toBe(diff.old.units);
  expect(newIds.length).toBe(diff.new.units);
  // NEW units come in reading order.
  expect(newIds).toEqual([...newIds].sort((a, b) => a - b));
  // Sentences lie within one paragraph, and paragraphs follow the units' order.
  for (const side of ['old', 'new'] as const) {
    const refs = [...new Map(diff.changes.flatMap((c) => (c[side] ? [[c[side]!.id, c[side]!] as const] : []))).values()].sort((a, b) => a.id - b.id);
    for (let i = 1; i < refs.length; i++) {
      const [a, b] = [refs[i - 1], refs[i]];
      expect(b.paragraph).toBeGreaterThanOrEqual(a.paragraph);
      if (a.sentence === b.sentence) expect(b.paragraph).toBe(a.paragraph);
    }
  }
  for (const c of diff.changes) {
    expect(['carried', 'modified', 'new', 'dropped']).toContain(c.kind);
    if (c.kind === 'new') expect(c.old).toBeNull();
    if (c.kind === 'dropped') expect(c.new).toBeNull();
    if (c.kind === 'modified') {
      const ops = c.diff ?? [];
      expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(c.old!.text);
      expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(c.new!.text);
    }
  }
  const k = diff.counts;
  expect(k.carried + k.modified + k.new + k.dropped + k.repeated).toBe(diff.changes.length);
  expect(k.repeated).toBe(diff.changes.filter((c) => c.repeats).length);
  expect(k.moved).toBe(diff.changes.filter((c) => c.moved).length);
  expect(k.weak).toBe(diff.changes.filter((c) => c.weak).length);
  // Only links can be weak, and never a repeat (it is marked as one already).
  expect(diff.changes.every((c) => !c.weak || (c.old && c.new && !c.repeats))).toBe(true);
}
