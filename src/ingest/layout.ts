import { HARD_WRAP, TERMINAL_END } from './rules.js';

/**
 * Display width of a line in "Chinese character cells": ASCII counts half,
 * because PDF lines of the same width hold fewer Han characters when they
 * contain digits (`运动 100 周年座谈会，对全国第一次劳` ≈ a 17-char line).
 */
export function displayWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its pair
    w += c < 0x80 ? 0.5 : 1;
  }
  return w;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * True when non-blank lines are short, of near-constant width and mostly end
 * mid-sentence — the shape of PDF extraction (acftu-2023). Wikisource reports
 * (one long line per paragraph) and the 2020 TMX text (one sentence per line,
 * ending in 。) are not.
 */
export function isHardWrapped(lines: string[]): boolean {
  if (lines.length < HARD_WRAP.minLines) return false;
  const widths = lines.map(displayWidth);
  const mid = median(widths);
  if (mid < HARD_WRAP.minMedianWidth || mid > HARD_WRAP.maxMedianWidth) return false;
  const open = lines.filter((l) => !TERMINAL_END.test(l)).length / lines.length;
  const near = widths.filter((w) => Math.abs(w - mid) <= HARD_WRAP.nearMedian).length / lines.length;
  return open >= HARD_WRAP.minOpenShare && near >= HARD_WRAP.minNearMedianShare;
}

/**
 * Typical line width around each line (median over a window), since the seed
 * narrows from ~17 to ~16 characters part-way through and a fixed width would
 * misread full lines as short ones.
 */
export function localWidths(widths: number[]): number[] {
  const k = HARD_WRAP.window;
  const all = Float64Array.from(widths);
  return widths.map((_, i) => {
    const win = all.slice(Math.max(0, i - k), i + k + 1).sort(); // typed arrays sort numerically
    return win[Math.floor(win.length / 2)];
  });
}
