import { useInput, type Key } from 'ink';
import type { Action } from './state.js';

/** Rows PgUp/PgDn move by. */
const PAGE = 10;

/**
 * The one table from key presses to actions. While the search prompt is
 * open every printable input is text — an IME commits a whole Chinese word
 * as one multi-character input, so `input` is appended as is.
 */
export function keyToAction(input: string, key: Key, editing: boolean): Action | null {
  if (editing) {
    if (key.return) return { type: 'searchSubmit' };
    if (key.escape) return { type: 'escape' };
    if (key.backspace || key.delete) return { type: 'searchBackspace' };
    if (input && !key.ctrl && !key.meta) return { type: 'searchInput', text: input };
    return null;
  }
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.pageDown) return { type: 'move', delta: PAGE };
  if (key.pageUp) return { type: 'move', delta: -PAGE };
  if (key.home || input === 'g') return { type: 'move', delta: -Infinity };
  if (key.end || input === 'G') return { type: 'move', delta: Infinity };
  if (key.tab || key.leftArrow || key.rightArrow) return { type: 'switchPane' };
  if (key.return) return { type: 'enter' };
  if (key.escape) return { type: 'escape' };
  const byChar: Record<string, Action> = {
    n: { type: 'jump', dir: 1 },
    N: { type: 'jump', dir: -1 },
    f: { type: 'cycleFilter' },
    s: { type: 'toggleSideBySide' },
    '?': { type: 'toggleHelp' },
    '/': { type: 'searchStart' },
    q: { type: 'quit' },
  };
  return byChar[input] ?? null;
}

/** A raw key press as Ink reports it; the reducer turns it into actions against its latest state. */
export interface KeyPress {
  input: string;
  key: Key;
}

/**
 * Actions for one key press. Several plain characters in one chunk (a paste,
 * key repeat outrunning the renderer) are taken one at a time outside the
 * prompt, so `jjj` moves three rows.
 */
export function pressToActions({ input, key }: KeyPress, editing: boolean): Action[] {
  const chars = Array.from(input);
  if (editing || chars.length <= 1 || key.ctrl || key.meta) {
    const a = keyToAction(input, key, editing);
    return a ? [a] : [];
  }
  const out: Action[] = [];
  for (const ch of chars) {
    const a = keyToAction(ch, key, editing);
    if (a) out.push(a);
    // A `/` in the chunk opens the prompt: what follows is the query, typed ahead.
    if (a?.type === 'searchStart') {
      const rest = chars.slice(chars.indexOf(ch) + 1).join('');
      if (rest) out.push({ type: 'searchInput', text: rest });
      break;
    }
  }
  return out;
}

/**
 * Hands raw key presses to the reducer. Mapping them there, not here, means
 * each key is read against the state left by the key before it, even when
 * keys arrive faster than React re-renders.
 */
export function useKeymap(dispatch: (press: KeyPress) => void): void {
  useInput((input, key) => dispatch({ input, key }));
}
