import { describe, expect, it } from 'vitest';
import { markHits } from '../../src/tui/change-list.js';
import type { Line } from '../../src/tui/change-lines.js';

describe('search hits in the change list', () => {
  // A reworded pair of gov 2024 → 2025 as the list draws it.
  const line: Line = [
    { text: 'MOD   ', style: 'tag' },
    { text: '[-稳步实施-]', style: 'del' },
    { text: '{+持续推进+}', style: 'ins' },
    { text: '城市更新和城镇老旧小区改造，城市更新', style: 'eq' },
  ];

  it('marks every occurrence of the query and keeps the rest of the line as it was', () => {
    const out = markHits(line, '城市更新');
    expect(out.map((s) => s.text).join('')).toBe(line.map((s) => s.text).join(''));
    expect(out.filter((s) => s.style === 'hit').map((s) => s.text)).toEqual(['城市更新', '城市更新']);
    expect(out.find((s) => s.text === '和城镇老旧小区改造，')?.style).toBe('eq');
  });

  it('leaves a line alone without a query, and never marks inside the kind tag', () => {
    expect(markHits(line, '')).toBe(line);
    expect(markHits(line, 'MOD').some((s) => s.style === 'hit')).toBe(false);
  });
});
