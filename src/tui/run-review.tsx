import React from 'react';
import { render } from 'ink';
import type { ReportDiff } from '../report.js';
import { buildModel } from './model.js';
import { App } from './app.js';

/** Switch to the terminal's alternate screen so quitting restores what was there, as less(1) does. */
const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';

/**
 * Runs the interactive review on a TTY until the user quits. Takes the
 * finished diff and both report texts (for the context view); never
 * recomputes anything.
 */
export async function runReview(
  diff: ReportDiff,
  texts: { oldText: string; newText: string },
  { stdout = process.stdout, stdin = process.stdin }: { stdout?: NodeJS.WriteStream; stdin?: NodeJS.ReadStream } = {},
): Promise<void> {
  const model = buildModel(diff, texts);
  stdout.write(ENTER_ALT);
  try {
    const app = render(<App model={model} />, { stdout, stdin, exitOnCtrlC: true });
    await app.waitUntilExit();
  } finally {
    stdout.write(LEAVE_ALT);
  }
}
