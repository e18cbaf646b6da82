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

import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';

/** File layout version; bump on any change below. */
const MAGIC = 'RDJ4';
const HEADER_BYTES = 32;
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
 * Their lines are stored apart from that order: first the groups the
 * bundled reports use ("hot"), read with the tables on open, then the rest,
 * read a group at a time when a text needs one. Why: on a cold run every
 * page of memory touched for the first time costs ≈5–10 µs on the machines
 * measured, and a report needs ≈4k of the 190k groups, scattered over the
 * whole file; together the hot ones take a sixth of it.
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
  /** Where each group's lines start among all lines (hot ones first), and their length in bytes. */
  readonly starts: Uint32Array;
  readonly lengths: Uint16Array;
  /**
   * The hot groups' lines, `word freq\n`. Without the part-of-speech tags:
   * jieba cuts without them.
   */
  readonly hot: Buffer;
  /** Copies `length` bytes of lines from `from` (at or past the hot ones) into `out` at `to`. */
  readCold(out: Buffer, to: number, from: number, length: number): void;
}

/** Byte offsets of the index file's parts for n groups (each part 4-byte aligned). */
function layout(n: number, hotBytes: number) {
  const even = n + (n % 2);
  const firstAt = HEADER_BYTES;
  const second = firstAt + 4 * (UNITS + 1);
  const freqs = second + 2 * even;
  const starts = freqs + 4 * n;
  const lengths = starts + 4 * n;
  const hot = lengths + 2 * even;
  // What open reads at once: the tables and the hot lines.
  const cold = hot + hotBytes;
  return { firstAt, second, freqs, starts, lengths, hot, cold };
}

/**
 * The keys of every group a text could need: each UTF-16 unit alone, and
 * each with the next one (see `dictLoader`). For choosing the hot groups.
 */
export function textKeys(text: string, into: Set<number> = new Set()): Set<number> {
  for (let i = 0; i < text.length; i++) {
    const hi = text.charCodeAt(i) * 65536;
    into.add(hi);
    if (i + 1 < text.length) into.add(hi + text.charCodeAt(i + 1));
  }
  return into;
}

/** Whitespace as jieba's dictionary reader (Rust's split_whitespace) splits a line. */
const RUST_WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const wordKey = (w: string) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);

/**
 * The index file's bytes for a jieba dict.txt, with the groups under `hot`
 * keys stored first. Reads the lines as jieba does: a word, an optional
 * frequency (0 without one), an optional tag; a word listed twice keeps its
 * last frequency.
 */
export function buildDictIndex(dict: Uint8Array, hot: ReadonlySet<number> = new Set()): Buffer {
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
  const isHot = keys.map((k) => hot.has(k));
  const hotBytes = lineBytes.reduce((s, b, i) => (isHot[i] ? s + b.length : s), 0);
  const coldBytes = lineBytes.reduce((s, b, i) => (isHot[i] ? s : s + b.length), 0);
  const at = layout(n, hotBytes);
  const out = Buffer.alloc(at.cold + coldBytes);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(dict.byteLength, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(hotBytes, 12);
  out.writeUInt32LE(coldBytes, 16);
  out.writeDoubleLE(total, 24);
  let unit = 0;
  let hotAt = 0;
  let coldAt = hotBytes;
  keys.forEach((key, i) => {
    const first = Math.floor(key / 65536);
    for (; unit <= first; unit++) out.writeUInt32LE(i, at.firstAt + 4 * unit);
    out.writeUInt16LE(key % 65536, at.second + 2 * i);
    // These throw past 2^32 and 2^16, which no group of jieba's dictionary comes near.
    out.writeUInt32LE(groups.get(key)!.freq, at.freqs + 4 * i);
    out.writeUInt16LE(lineBytes[i].length, at.lengths + 2 * i);
    const from = isHot[i] ? hotAt : coldAt;
    out.writeUInt32LE(from, at.starts + 4 * i);
    lineBytes[i].copy(out, at.hot + from);
    if (isHot[i]) hotAt += lineBytes[i].length;
    else coldAt += lineBytes[i].length;
  });
  for (; unit <= UNITS; unit++) out.writeUInt32LE(n, at.firstAt + 4 * unit);
  return out;
}

/** The header's numbers, checked; throws if the bytes are not an index. */
function header(b: Buffer) {
  if (b.byteLength < HEADER_BYTES || b.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a reportdiff jieba dictionary index');
  const n = b.readUInt32LE(8);
  const hotBytes = b.readUInt32LE(12);
  return { dictBytes: b.readUInt32LE(4), n, hotBytes, coldBytes: b.readUInt32LE(16), total: b.readDoubleLE(24), at: layout(n, hotBytes) };
}

/** The tables over the bytes read on open (the file from its start through the hot lines). */
function tables(b: Buffer, h: ReturnType<typeof header>, readCold: DictIndex['readCold']): DictIndex {
  const { n, at } = h;
  const view = <T>(Make: new (buf: ArrayBufferLike, offset: number, length: number) => T, from: number, length: number) =>
    new Make(b.buffer, b.byteOffset + from, length);
  return {
    dictBytes: h.dictBytes,
    total: h.total,
    firstAt: view(Uint32Array, at.firstAt, UNITS + 1),
    second: view(Uint16Array, at.second, n),
    freqs: view(Uint32Array, at.freqs, n),
    starts: view(Uint32Array, at.starts, n),
    lengths: view(Uint16Array, at.lengths, n),
    hot: b.subarray(at.hot, at.cold),
    readCold,
  };
}

/** An index whose bytes are all in memory (the tests use it). Throws if they are not one. */
export function readDictIndex(bytes: Uint8Array): DictIndex {
  // Typed arrays over the bytes need their offset aligned to 4.
  const b = bytes.byteOffset % 4 ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = header(b);
  if (b.byteLength !== h.at.cold + h.coldBytes) throw new Error('truncated jieba dictionary index');
  return tables(b, h, (out, to, from, length) => {
    b.copy(out, to, h.at.hot + from, h.at.hot + from + length);
  });
}

/** An index file opened and its header checked; its tables and hot lines not read yet. */
interface OpenFile {
  fd: number;
  h: ReturnType<typeof header>;
}

function openFile(path: string): OpenFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(HEADER_BYTES, size));
    readFully(fd, head, 0);
    const h = header(head);
    if (size !== h.at.cold + h.coldBytes) throw new Error('truncated jieba dictionary index');
    return { fd, h };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

function indexOf({ fd, h }: OpenFile, eager: Buffer): DictIndex {
  return tables(eager, h, (out, to, from, length) => readFully(fd, out.subarray(to, to + length), h.at.hot + from));
}

/** A read of an index's tables and hot lines started by prefetchDictIndex; `eager` is set once it is complete. */
interface Ahead {
  path: string;
  file: OpenFile;
  eager?: Buffer;
}
let ahead: Ahead | null = null;

/**
 * Starts reading an index file's tables and hot lines on libuv's thread
 * pool, so that the main thread does not spend the ≈0.01 s it takes when
 * the first text is cut; `openDictIndex(path)` takes them if the read is
 * complete by then (in the CLI it is: the reports are read and structured
 * first), and reads them itself if not. Never throws: a problem shows when
 * the index is opened.
 */
export function prefetchDictIndex(path: string): void {
  if (ahead) return;
  try {
    const file = openFile(path);
    const slot: Ahead = { path, file };
    ahead = slot;
    const eager = Buffer.allocUnsafe(file.h.at.cold);
    // One request for the whole part (a stream or readFile would need a turn of the event loop per chunk).
    read(file.fd, eager, 0, eager.length, 0, (err, n) => {
      if (!err && n === eager.length) slot.eager = eager;
    });
  } catch {
    // openDictIndex will meet the same problem and say what to do
  }
}

/**
 * Opens an index file: reads its tables and hot lines (or takes them from
 * prefetchDictIndex), and keeps the file open to read the other groups'
 * lines when a text needs them. Throws if the file is not an index or was
 * cut short.
 */
export function openDictIndex(path: string): DictIndex {
  if (ahead?.path === path && ahead.eager) return indexOf(ahead.file, ahead.eager);
  const file = openFile(path);
  const eager = Buffer.allocUnsafe(file.h.at.cold);
  try {
    readFully(file.fd, eager, 0);
  } catch (err) {
    closeSync(file.fd);
    throw err;
  }
  return indexOf(file, eager);
}

/** Fills `into` from the file at `position`; a short read means the file changed under us. */
function readFully(fd: number, into: Buffer, position: number): void {
  for (let got = 0; got < into.length; ) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (n === 0) throw new Error('jieba dictionary index ended early');
    got += n;
  }
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
  const { firstAt, second, starts, lengths, freqs, hot } = index;
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
    for (const g of found) bytes += lengths[g];
    const placeholder = `${PLACEHOLDER} ${index.total - loadedFreq}\n`;
    const out = Buffer.allocUnsafe(bytes + Buffer.byteLength(placeholder));
    let to = 0;
    for (const g of found) {
      const from = starts[g];
      if (from < hot.length) hot.copy(out, to, from, from + lengths[g]);
      else index.readCold(out, to, from, lengths[g]);
      to += lengths[g];
    }
    out.write(placeholder, to);
    load(out);
  };
}
