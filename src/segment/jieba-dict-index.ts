/**
 * jieba's dictionary, loaded a few words at a time: only the words the texts
 * being cut could contain.
 *
 * Why: building @node-rs/jieba's whole dictionary (≈349k words) takes ≈0.2 s,
 * most of a cold `diff`, yet two full reports can contain only ≈28k of those
 * words, which build in ≈10 ms. Without HMM, jieba cuts a text from (a) the
 * dictionary words found inside it, (b) their frequencies and (c) the sum of
 * all frequencies in the dictionary (a word's weight is ln(freq / total)).
 * So a dictionary that holds every word a text could contain, plus one
 * placeholder word that no text can contain, carrying the frequencies of the
 * words left out, cuts that text exactly as the whole dictionary does
 * (test/segment/jieba-dict-index.test.ts checks this on every seed report).
 *
 * "Could contain": the word's first two UTF-16 units (its only one, for a
 * one-unit word) occur together in the text. The words are grouped by that
 * key in an index built once from dict.txt (scripts/build-dict-index.mjs),
 * and a text loads the groups of keys no earlier text brought. jieba's
 * dictionary only grows, and the new words are never inside an earlier text,
 * so the order texts come in changes no cut.
 */

import { closeSync, fstatSync, openSync, read, readFileSync } from 'node:fs';

/** File layout version; bump on any change below. */
const MAGIC = 'RDJ3';
const HEADER_BYTES = 24;
/** Entries of the first-unit table: one per UTF-16 unit, and one past the last. */
const UNITS = 65536;

/**
 * Never inside a text jieba looks words up in: private-use characters are
 * outside its word-character class, so it cuts them one by one and never
 * looks up a two-character word of them.
 */
const PLACEHOLDER = '\uE000\uE001';

/**
 * Groups are ordered by first UTF-16 unit, then second (0 for a one-unit
 * word first), so a text's character finds its groups by table look-up.
 */
export interface DictIndex {
  /** Size of the dict.txt the index was built from, to notice a different one. */
  readonly dictBytes: number;
  /** Sum of the frequencies of all distinct words, as jieba totals them. */
  readonly total: number;
  /** Groups whose first unit is u: firstAt[u] up to firstAt[u + 1]. */
  readonly firstAt: Uint32Array;
  /** Each group's second unit, 0 for a one-unit word; ascending within a first unit. */
  readonly second: Uint16Array;
  /** Sum of each group's word frequencies. */
  readonly freqs: Uint32Array;
  /** Byte offsets of each group's lines in `lines`, one more than the groups. */
  readonly starts: Uint32Array;
  /**
   * The dictionary's lines, `word freq\n`, grouped. Without the
   * part-of-speech tags: jieba cuts without them, and the file is read
   * whole on every cold run.
   */
  readonly lines: Buffer;
}

/** Byte offsets of the index file's parts for n groups (each part 4-byte aligned). */
function layout(n: number) {
  const firstAt = HEADER_BYTES;
  const second = firstAt + 4 * (UNITS + 1);
  const freqs = second + 2 * (n + (n % 2));
  const starts = freqs + 4 * n;
  const lines = starts + 4 * (n + 1);
  return { firstAt, second, freqs, starts, lines };
}

/** Whitespace as jieba's dictionary reader (Rust's split_whitespace) splits a line. */
const RUST_WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const wordKey = (w: string) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);

/**
 * The index file's bytes for a jieba dict.txt. Reads the lines as jieba does:
 * a word, an optional frequency (0 without one), an optional tag; a word
 * listed twice keeps its last frequency.
 */
export function buildDictIndex(dict: Uint8Array): Buffer {
  const words = new Map<string, string>();
  for (const line of Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength).toString('utf8').split('\n')) {
    const [word, freq = '0'] = line.split(RUST_WHITESPACE).filter(Boolean);
    if (!word) continue;
    if (!/^\d+$/.test(freq)) throw new Error(`dict.txt: frequency ${freq} of ${word} is not a whole number`);
    words.set(word, freq);
  }
  const groups = new Map<number, { lines: string[]; freq: number }>();
  let total = 0;
  for (const [word, freq] of words) {
    const key = wordKey(word);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { lines: [], freq: 0 }));
    g.lines.push(`${word} ${freq}\n`);
    g.freq += Number(freq);
    total += Number(freq);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const lineBytes = keys.map((k) => Buffer.from(groups.get(k)!.lines.join('')));
  const n = keys.length;
  const at = layout(n);
  const linesLength = lineBytes.reduce((s, b) => s + b.length, 0);
  const out = Buffer.alloc(at.lines + linesLength);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(dict.byteLength, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(linesLength, 12);
  out.writeDoubleLE(total, 16);
  let unit = 0;
  let offset = 0;
  keys.forEach((key, i) => {
    const first = Math.floor(key / 65536);
    for (; unit <= first; unit++) out.writeUInt32LE(i, at.firstAt + 4 * unit);
    out.writeUInt16LE(key % 65536, at.second + 2 * i);
    // writeUInt32LE throws past 2^32, which no group of jieba's dictionary comes near.
    out.writeUInt32LE(groups.get(key)!.freq, at.freqs + 4 * i);
    out.writeUInt32LE(offset, at.starts + 4 * i);
    lineBytes[i].copy(out, at.lines + offset);
    offset += lineBytes[i].length;
  });
  for (; unit <= UNITS; unit++) out.writeUInt32LE(n, at.firstAt + 4 * unit);
  out.writeUInt32LE(offset, at.starts + 4 * n);
  return out;
}

/** Reads an index file's bytes without copying them; throws if they are not one. */
export function readDictIndex(bytes: Uint8Array): DictIndex {
  // Typed arrays over the bytes need their offset aligned to 4.
  const b = bytes.byteOffset % 4 ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.byteLength < HEADER_BYTES || b.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a reportdiff jieba dictionary index');
  const n = b.readUInt32LE(8);
  const at = layout(n);
  if (b.byteLength !== at.lines + b.readUInt32LE(12)) throw new Error('truncated jieba dictionary index');
  const u32 = (from: number, length: number) => new Uint32Array(b.buffer, b.byteOffset + from, length);
  return {
    dictBytes: b.readUInt32LE(4),
    total: b.readDoubleLE(16),
    firstAt: u32(at.firstAt, UNITS + 1),
    second: new Uint16Array(b.buffer, b.byteOffset + at.second, n),
    freqs: u32(at.freqs, n),
    starts: u32(at.starts, n + 1),
    lines: b.subarray(at.lines),
  };
}

/** A read of a whole index file started by prefetchDictIndex; `bytes` is set once it is complete. */
interface Ahead {
  path: string;
  bytes?: Buffer;
}
let ahead: Ahead | null = null;

/**
 * Starts reading an index file on libuv's thread pool, so that the main
 * thread does not spend the ≈0.01–0.02 s it takes when the first text is
 * cut; `openDictIndex(path)` takes the bytes if the read is complete by then
 * (in the CLI it is: the reports are read and structured first), and reads
 * the file itself if not. Never throws: a problem shows when the index is
 * opened.
 */
export function prefetchDictIndex(path: string): void {
  if (ahead) return;
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const slot: Ahead = { path };
    const bytes = Buffer.allocUnsafe(fstatSync(fd).size);
    ahead = slot;
    // One request for the whole file (readFile would need a turn of the event loop per chunk).
    read(fd, bytes, 0, bytes.length, 0, (err, n) => {
      closeSync(fd);
      if (!err && n === bytes.length) slot.bytes = bytes;
    });
  } catch {
    // openDictIndex will meet the same problem and report it
    if (fd >= 0) closeSync(fd);
  }
}

/** An index file's index, from what prefetchDictIndex read or read now; throws if the file is not one. */
export function openDictIndex(path: string): DictIndex {
  return readDictIndex(ahead?.path === path && ahead.bytes ? ahead.bytes : readFileSync(path));
}

/** The group of `second` among second[lo..hi) (ascending), or -1. */
function groupOf(second: Uint16Array, lo: number, hi: number, unit: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (second[mid] < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo < second.length && second[lo] === unit ? lo : -1;
}

/**
 * A function that, given a text about to be cut, hands `load` the dictionary
 * lines its words need that are not loaded yet, with the placeholder line
 * that keeps jieba's total what the whole dictionary's would be. It loads
 * nothing when the text brings no new key.
 */
export function dictLoader(index: DictIndex, load: (lines: Uint8Array) => void): (text: string) => void {
  const { firstAt, second, starts, freqs } = index;
  // A plain Uint8Array view: set() with its subarrays copies ≈2× faster than Buffer's copy(), called per group.
  const lines = new Uint8Array(index.lines.buffer, index.lines.byteOffset, index.lines.byteLength);
  const loaded = new Uint8Array(second.length);
  let loadedFreq = 0;

  /** Groups under the text's characters and neighbour pairs not loaded yet; marks them loaded. */
  function newGroups(text: string): number[] {
    const found: number[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const lo = firstAt[c];
      const hi = firstAt[c + 1];
      if (lo === hi) continue;
      // Unit 0 sorts first: a one-unit word's group, if there is one, is the block's first.
      if (second[lo] === 0 && !loaded[lo]) {
        loaded[lo] = 1;
        found.push(lo);
      }
      if (i + 1 === n) continue;
      const g = groupOf(second, lo, hi, text.charCodeAt(i + 1));
      if (g >= 0 && !loaded[g]) {
        loaded[g] = 1;
        found.push(g);
      }
    }
    for (const g of found) loadedFreq += freqs[g];
    return found;
  }

  return (text) => {
    const found = newGroups(text);
    if (!found.length) return;
    let bytes = 0;
    for (const g of found) bytes += starts[g + 1] - starts[g];
    const placeholder = `${PLACEHOLDER} ${index.total - loadedFreq}\n`;
    const out = Buffer.allocUnsafe(bytes + Buffer.byteLength(placeholder));
    let to = 0;
    for (const g of found) {
      out.set(lines.subarray(starts[g], starts[g + 1]), to);
      to += starts[g + 1] - starts[g];
    }
    out.write(placeholder, to);
    load(out);
  };
}
