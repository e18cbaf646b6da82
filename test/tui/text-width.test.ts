import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, truncate, wrap, wrapSpans } from '../../src/tui/text-width.js';

// Real heading from gov-work-report-2025.txt: full-width punctuation and digits mixed in.
const HEADING = '三、2025年政府工作任务';
const CLAUSE = '持续推进城市更新和城镇老旧小区改造，统筹城市低效用地再开发。';

describe('displayWidth', () => {
  it('counts CJK and full-width punctuation as two columns, ASCII as one', () => {
    expect(displayWidth('城市更新')).toBe(8);
    expect(displayWidth('，。（）')).toBe(8);
    // “” are East Asian Ambiguous: one column, as Ink and tmux (wcwidth) lay them out.
    expect(displayWidth('“平急两用”')).toBe(10);
    expect(displayWidth(HEADING)).toBe(2 + 2 + 4 + 2 * 7); // 三、 2025 年政府工作任务
  });
});

describe('truncate', () => {
  it('leaves text that fits untouched', () => {
    expect(truncate(HEADING, 24)).toBe(HEADING);
  });
  it('cuts by columns and ends with an ellipsis, never exceeding the width', () => {
    const t = truncate(CLAUSE, 11);
    expect(t).toBe('持续推进城…');
    expect(displayWidth(t)).toBeLessThanOrEqual(11);
  });
  it('drops a wide character that would straddle the edge instead of overflowing', () => {
    // 10 columns: 4 ASCII digits + 三、 (4) = 8, then ellipsis; 年 (2) would overflow.
    expect(truncate('2025三、年政府', 10)).toBe('2025三、…');
    expect(displayWidth(truncate('2025三、年政府', 10))).toBe(9);
  });
});

describe('padEnd', () => {
  it('pads to exact display width with mixed text', () => {
    expect(displayWidth(padEnd('（一）A股', 12))).toBe(12);
    expect(padEnd('（一）A股', 12)).toBe('（一）A股   ');
  });
});

describe('wrap', () => {
  it('breaks Chinese between characters with no line wider than the limit', () => {
    const lines = wrap(CLAUSE, 20);
    expect(lines.join('')).toBe(CLAUSE);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    expect(lines[0]).toBe('持续推进城市更新和城');
  });
  it('never splits a wide character at an odd width', () => {
    const lines = wrap('a城市更新', 4);
    expect(lines).toEqual(['a城', '市更', '新']);
  });
  it('never starts a line with closing punctuation: the character before moves down with it', () => {
    // From gov-work-report-2025.txt; at 22 columns the first comma would open line 2.
    const lines = wrap('统筹城市低效用地再开发，加快健全城市防洪排涝体系，', 22);
    expect(lines).toEqual(['统筹城市低效用地再开', '发，加快健全城市防洪排', '涝体系，']);
  });
  it('moves an English word of a note down whole instead of cutting it (every view’s note is English)', () => {
    const note = 'every word is also in NEW: may be reworded; check it';
    const lines = wrap(note, 40);
    expect(lines).toEqual(['every word is also in NEW: may be ', 'reworded; check it']);
    expect(lines.every((l) => displayWidth(l) <= 40)).toBe(true);
    // Han text still breaks anywhere, and a word longer than half the line is cut as before.
    expect(wrap('不可能不可能不可能', 8)).toEqual(['不可能不', '可能不可', '能']);
    expect(wrap('a bcdefghij', 8)).toEqual(['a bcdefg', 'hij']);
    // A space that falls at the break opens no line.
    expect(wrap('weak link: moved, and nothing around it matches', 39)).toEqual(['weak link: moved, and nothing around it', 'matches']);
  });

  it('starts a new line at a newline', () => {
    expect(wrap('各位代表：\n现在', 40)).toEqual(['各位代表：', '现在']);
  });
});

describe('wrapSpans', () => {
  it('keeps each run’s style across the break', () => {
    const lines = wrapSpans(
      [
        { text: '稳步实施', style: 'del' },
        { text: '持续推进', style: 'ins' },
        { text: '城市更新', style: 'eq' },
      ],
      10,
    );
    expect(lines).toEqual([
      [
        { text: '稳步实施', style: 'del' },
        { text: '持', style: 'ins' },
      ],
      [
        { text: '续推进', style: 'ins' },
        { text: '城市', style: 'eq' },
      ],
      [{ text: '更新', style: 'eq' }],
    ]);
  });
});
