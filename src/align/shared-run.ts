import type { TokenizedReport } from '../segment/tokenize-report.js';
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

/** A key (spaces already out) without its enumeration commas, which house style adds or drops (降碳、减污、扩绿 / 降碳减污扩绿). */
export const looseKey = (key: string) => (key.includes('、') ? key.replaceAll('、', '') : key);

/** Characters that run on into their neighbour: a number or a Latin word cut short is another one (增长5% is not in 增长5.2%, nor rate in corporate). */
const RUNS_ON = /[0-9.A-Za-z]/;

/**
 * A report's units' loose keys, joined by a character none holds (no match
 * runs across two units), and where each starts; searched with the
 * engine's own `indexOf`, which runs at native speed in a run that never
 * warms up (≈2 ms for a pair's clauses here).
 */
export interface HostText {
  text: string;
  starts: Int32Array;
}

/**
 * Hosts kept, and hits followed, per clause at most: a clause a report says
 * thousands of times needs a few hosts, not all (20,000 copies of one clause
 * against 40,000 took 16 s keeping up to 4,096 hosts, 3.5 s keeping 16).
 */
const MAX_HOSTS = 16;

const MAX_HITS = 256;

/** The loose keys of a report's units, or of those in `only` (the others searched as empty). */
export function hostText(r: TokenizedReport, only?: Set<number>): HostText {
  return joinKeys(r.units.map((x, u) => (only === undefined || only.has(u) ? looseKey(x.key) : '')));
}

/** Keys joined for `unitsHolding`. */
export function joinKeys(keys: string[]): HostText {
  const starts = new Int32Array(keys.length + 1);
  for (let u = 0; u < keys.length; u++) starts[u + 1] = starts[u] + keys[u].length + 1;
  return { text: keys.join('\n'), starts };
}

/** The units (up to `MAX_HOSTS`) whose loose key holds `words` whole, no number or Latin word at its ends cut short (`RUNS_ON`). */
export function unitsHolding(hosts: HostText, words: string): number[] {
  const { text, starts } = hosts;
  const out: number[] = [];
  let hits = 0;
  for (let p = text.indexOf(words); p !== -1 && hits < MAX_HITS && out.length < MAX_HOSTS; p = text.indexOf(words, p + 1), hits++) {
    if (RUNS_ON.test(text[p - 1] ?? '') && RUNS_ON.test(words[0])) continue;
    if (RUNS_ON.test(text[p + words.length] ?? '') && RUNS_ON.test(words[words.length - 1])) continue;
    const v = unitAt(starts, p);
    if (out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

/** The unit whose stretch of a joined text holds offset `at`. */
function unitAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
