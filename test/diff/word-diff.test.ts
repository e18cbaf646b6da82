import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/diff/word-diff.js';
import { readFileSync } from 'node:fs';
import { loadSegmenter } from '../../src/segment/load-segmenter.js';
import { seed } from '../helpers/seeds.js';

const cut = (s: string) => loadSegmenter('node-rs').cut(s);

describe('word diff over jieba tokens', () => {
  it('marks whole words of a reworded initiative (gov 2024 → 2025: 稳步实施城市更新行动 → 持续推进城市更新)', () => {
    const ops = wordDiff(cut('稳步实施城市更新行动，'), cut('持续推进城市更新，'));
    expect(ops).toEqual([
      { op: 'delete', text: '稳步实施' },
      { op: 'insert', text: '持续推进' },
      { op: 'equal', text: '城市更新' },
      { op: 'delete', text: '行动' },
      { op: 'equal', text: '，' },
    ]);
  });

  it('rebuilds both sides exactly, numbers included (粮食产量1.3万亿斤以上 → 1.4万亿斤左右)', () => {
    const a = '粮食产量1.3万亿斤以上；';
    const b = '粮食产量1.4万亿斤左右；';
    const ops = wordDiff(cut(a), cut(b));
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(a);
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(b);
    expect(ops.find((o) => o.op === 'equal')?.text).toBe('粮食产量1.');
  });

  it('shows two long texts with little in order in common as replaced whole, instead of running for seconds', async () => {
    // The 2024 and 2025 reports with their punctuation lost: one unit each of ≈16k characters.
    const strip = (y: string) => readFileSync(seed(`gov-work-report-${y}.txt`), 'utf8').replace(/[\s，。；：、！？“”（）《》]/g, '');
    const [a, b] = [strip('2024'), strip('2025')];
    const ops = wordDiff(cut(a), cut(b));
    expect(ops).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
    // A clause rewritten throughout but short is still diffed word by word.
    const short = wordDiff(cut(a.slice(0, 300)), cut(b.slice(0, 300)));
    expect(short.some((o) => o.op === 'equal')).toBe(true);
  });
});
