import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadLabels, labelTexts, occurrences } from '../../bench/score/labels.js';
import { toKey } from '../../bench/lib/key.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const labels = loadLabels(`${root}/bench/labels`);

describe('bench/labels', () => {
  it('has at least 25 labels per pair', () => {
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const l of labels) expect(l.carried.length + l.new.length + l.dropped.length + l.notLinked.length).toBeGreaterThanOrEqual(25);
  });

  for (const l of labels) {
    it(`${l.name}: every phrase occurs exactly once on its side, new/dropped ones not on the other`, () => {
      const { oldText, newText } = labelTexts(l, root);
      const o = toKey(oldText);
      const n = toKey(newText);
      const problems: string[] = [];
      const once = (key: string, p: string, side: string) => occurrences(key, p).length !== 1 && problems.push(`${side}: ${p}`);
      for (const p of [...l.carried, ...l.notLinked]) (once(o, p.old, 'old'), once(n, p.new, 'new'));
      for (const p of l.new) (once(n, p, 'new'), occurrences(o, p).length && problems.push(`new found in old: ${p}`));
      for (const p of l.dropped) (once(o, p, 'old'), occurrences(n, p).length && problems.push(`dropped found in new: ${p}`));
      expect(problems).toEqual([]);
    });
  }

  it('splits the acftu report at its plan heading', () => {
    const l = labels.find((x) => x.splitAt)!;
    const { oldText, newText } = labelTexts(l, root);
    expect(toKey(newText).startsWith('二、2023年工会工作总体要求')).toBe(true);
    expect(toKey(oldText)).toContain('深化农民工“求学圆梦行动”');
  });
});
