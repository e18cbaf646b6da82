import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markHits } from '../../src/tui/change-list.js';
import { changeLines, type Line } from '../../src/tui/change-lines.js';
import { seed } from '../helpers/seeds.js';

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

describe('a change as long as a whole report', () => {
  it('shows its first 4,000 characters and says how many more there are', () => {
    // The 2024 report with its line breaks lost, as one unit (17k characters).
    const text = readFileSync(seed('gov-work-report-2024.txt'), 'utf8').replace(/\n/g, '');
    const unit = { id: 0, text, section: [], sectionId: 0, sentence: 0, paragraph: 0, start: 0, end: text.length };
    const lines = changeLines({ kind: 'new', moved: false, old: null, new: unit }, 74, false).map((l) => l.map((s) => s.text).join(''));
    const shown = lines.slice(0, -2).map((l) => l.slice(6)).join('');
    expect(text.startsWith(shown.trimEnd())).toBe(true);
    expect(shown.trimEnd().length).toBeGreaterThan(3900);
    expect(lines.slice(-2).join('')).toContain(`… ${(text.length - 4000).toLocaleString('en')} more characters`);
  });
});

describe('a weak link in the change list', () => {
  it('says under the change that it is weak, within the width, and only for weak links', async () => {
    const { seedDiff } = await import('../helpers/seeds.js');
    const d = await seedDiff('gov-work-report-2017.txt', 'gov-work-report-2018.txt');
    const weak = d.changes.find((c) => c.weak)!;
    const firm = d.changes.find((c) => c.moved && !c.weak && c.kind === 'modified')!;
    const text = (c: typeof weak) => changeLines(c, 60, false).map((l) => l.map((s) => s.text).join(''));
    const lines = text(weak);
    expect(lines.join('')).toContain('weak link');
    const { displayWidth } = await import('../../src/tui/text-width.js');
    expect(lines.every((l) => displayWidth(l) <= 60)).toBe(true);
    expect(text(firm).join('')).not.toContain('weak link');
  });
});
