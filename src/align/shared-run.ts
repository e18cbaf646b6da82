import { isWording } from '../ingest/normalize.js';

/**
 * The longest run of characters two unit keys share (the first found when
 * several are as long). Asked only of the few pairs `sharedRunLinks` weighs,
 * so the plain quadratic table is enough: one row, kept from the end.
 */
export function longestRun(a: string, b: string): string {
  let best = 0;
  let end = 0;
  const row = new Int32Array(b.length + 1);
  for (let x = 0; x < a.length; x++) {
    const ca = a.charCodeAt(x);
    for (let y = b.length; y >= 1; y--) {
      row[y] = ca === b.charCodeAt(y - 1) ? row[y - 1] + 1 : 0;
      if (row[y] > best) {
        best = row[y];
        end = x + 1;
      }
    }
  }
  return a.slice(end - best, end);
}

/** How many characters of a key are words (`isWording`), not punctuation or symbols. */
export function wordingLength(key: string): number {
  let n = 0;
  for (let i = 0; i < key.length; i++) if (isWording(key.charCodeAt(i))) n++;
  return n;
}

/** Whether `run` occurs exactly once in `text`. */
export function standsOnce(text: string, run: string): boolean {
  const at = text.indexOf(run);
  return at !== -1 && text.indexOf(run, at + 1) === -1;
}

/** A key (spaces already out) without its enumeration commas, which house style adds or drops (降碳、减污、扩绿 / 降碳减污扩绿). */
export const looseKey = (key: string) => (key.includes('、') ? key.replaceAll('、', '') : key);
