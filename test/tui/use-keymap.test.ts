import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { pressToActions } from '../../src/tui/use-keymap.js';

const none = {} as Key;

describe('pressToActions', () => {
  it('takes a chunk of plain keys one at a time outside the prompt', () => {
    expect(pressToActions({ input: 'jjn', key: none }, false)).toEqual([
      { type: 'move', delta: 1 },
      { type: 'move', delta: 1 },
      { type: 'jump', dir: 1 },
    ]);
  });
  it('treats what follows / in the same chunk as typed-ahead query text', () => {
    expect(pressToActions({ input: '/城市更新', key: none }, false)).toEqual([
      { type: 'searchStart' },
      { type: 'searchInput', text: '城市更新' },
    ]);
  });
  it('in the prompt, an IME commit of several characters is one input, and q is text', () => {
    expect(pressToActions({ input: '海洋经济', key: none }, true)).toEqual([{ type: 'searchInput', text: '海洋经济' }]);
    expect(pressToActions({ input: 'q', key: none }, true)).toEqual([{ type: 'searchInput', text: 'q' }]);
    expect(pressToActions({ input: '', key: { backspace: true } as Key }, true)).toEqual([{ type: 'searchBackspace' }]);
  });
});
