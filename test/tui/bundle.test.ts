import { Console } from 'node:console';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import { waitForFrame } from './wait-for-frame.js';

/**
 * The terminal UI as `review` and `npm start` load it: the bundle the build
 * writes (dist/bin/tui.mjs: the UI with its own Ink and React, in React's
 * production build), not the modules of dist/tui/ the other UI tests render.
 */
async function bundled(): Promise<typeof import('../../src/tui/run-review.js')> {
  // Ink draws no frame until it exits when it thinks it runs in CI (it reads CI once, as it loads): this test must see frames wherever it runs.
  // And a user's DEV=true must not matter: Ink's development mode is not in the bundle (it made the bundle fail to load).
  const saved = { CI: process.env.CI, DEV: process.env.DEV };
  Object.assign(process.env, { CI: 'false', DEV: 'true' });
  try {
    return await import(new URL('../../dist/bin/tui.mjs', import.meta.url).href);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** An 80×24 terminal that keeps what is written to it. */
class Screen extends EventEmitter {
  isTTY = true;
  columns = 80;
  rows = 24;
  written = '';
  write = (s: string) => {
    this.written += s;
    return true;
  };
}

/** Keys for Ink: it reads on 'readable' (as ink-testing-library's stdin does). */
class Keys extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  press(s: string) {
    this.data = s;
    this.emit('readable');
    this.emit('data', s);
  }
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const fixture = (f: string) => readFileSync(new URL(`../fixtures/tui/${f}`, import.meta.url), 'utf8');

describe('the bundled terminal UI (dist/bin/tui.mjs)', () => {
  it('draws the first frame of a real comparison in 80×24, moves on n, and quits on q', async () => {
    const [OLD, NEW] = [fixture('gov-2024-sec8.txt'), fixture('gov-2025-sec8.txt')];
    const diff = compareTexts(OLD, NEW, { oldName: 'gov-work-report-2024.txt', newName: 'gov-work-report-2025.txt' });
    const { runReview } = await bundled();
    // Ink patches the console through console.Console, which vitest's console lacks (a terminal's has it).
    (console as unknown as { Console?: typeof Console }).Console ??= Console;
    const screen = new Screen();
    const keys = new Keys();
    const done = runReview(diff, { oldText: OLD, newText: NEW }, { stdout: screen as never, stdin: keys as never });
    const plain = () => screen.written.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    // A generous wait: the suite runs its files in parallel on a busy machine.
    await waitForFrame(plain, (f) => /SECTIONS 1\//.test(f) && /change 1\/\d+/.test(f), 10_000);
    keys.press('\t');
    keys.press('n');
    await waitForFrame(plain, (f) => /change 2\/\d+/.test(f), 10_000);
    keys.press('q');
    await done;
    // The alternate screen is entered first and left last, so quitting restores the terminal.
    expect(screen.written.startsWith('\u001b[?1049h')).toBe(true);
    expect(screen.written.endsWith('\u001b[?1049l')).toBe(true);
  });
});
