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

/** File layout version; bump on any change below. */
const MAGIC = 'RDJ1';
const HEADER_BYTES = 24;

/**
 * Never inside a text jieba looks words up in: private-use characters are
 * outside its word-character class, so it cuts them one by one and never
 * looks up a two-character word of them.
 */
const PLACEHOLDER = '\uE000\uE001';

export interface DictIndex {
  /** Size of the dict.txt the index was built from, to notice a different one. */
  readonly dictBytes: number;
  /** Sum of the frequencies of all distinct words, as jieba totals them. */
  readonly total: number;
  /** Group keys, ascending: first UTF-16 unit × 65536 + second unit (0 for a one-unit word). */
  readonly keys: Uint32Array;
  /** Byte offsets of each group's lines in `lines`, one more than the keys. */
  readonly starts: Uint32Array;
  /** Sum of each group's word frequencies. */
  readonly freqs: Float64Array;
  /** The dictionary's lines (`word freq tag\n`), grouped by key. */
  readonly lines: Uint8Array;
}

/** Whitespace as jieba's dictionary reader (Rust's split_whitespace) splits a line. */
const RUST_WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const wordKey = (w: string) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);

/**
 * The index file's bytes for a jieba dict.txt. Reads the lines as jieba does:
 * a word, an optional frequency (0 without one), an optional tag; a word
 * listed twice keeps its first tag and its last frequency.
 */
export function buildDictIndex(dict: Uint8Array): Uint8Array {
  const words = new Map<string, { freq: string; tag: string }>();
  for (const line of Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength).toString('utf8').split('\n')) {
    const [word, freq = '0', tag = ''] = line.split(RUST_WHITESPACE).filter(Boolean);
    if (!word) continue;
    if (!/^\d+$/.test(freq)) throw new Error(`dict.txt: frequency ${freq} of ${word} is not a whole number`);
    const seen = words.get(word);
    words.set(word, { freq, tag: seen ? seen.tag : tag });
  }
  const groups = new Map<number, { lines: string[]; freq: number }>();
  let total = 0;
  for (const [word, { freq, tag }] of words) {
    const key = wordKey(word);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { lines: [], freq: 0 }));
    g.lines.push(tag ? `${word} ${freq} ${tag}\n` : `${word} ${freq}\n`);
    g.freq += Number(freq);
    total += Number(freq);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const lineBytes = keys.map((k) => Buffer.from(groups.get(k)!.lines.join('')));
  const n = keys.length;
  const linesAt = HEADER_BYTES + 8 * n + 4 * n + 4 * (n + 1);
  const linesLength = lineBytes.reduce((s, b) => s + b.length, 0);
  const out = Buffer.alloc(linesAt + linesLength);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(dict.byteLength, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(linesLength, 12);
  out.writeDoubleLE(total, 16);
  let at = linesAt;
  keys.forEach((key, i) => {
    out.writeDoubleLE(groups.get(key)!.freq, HEADER_BYTES + 8 * i);
    out.writeUInt32LE(key, HEADER_BYTES + 8 * n + 4 * i);
    out.writeUInt32LE(at - linesAt, HEADER_BYTES + 12 * n + 4 * i);
    lineBytes[i].copy(out, at);
    at += lineBytes[i].length;
  });
  out.writeUInt32LE(at - linesAt, HEADER_BYTES + 12 * n + 4 * n);
  return out;
}

/** Reads an index file's bytes without copying them; throws if they are not one. */
export function readDictIndex(bytes: Uint8Array): DictIndex {
  // Float64Array needs its offset aligned to 8.
  const b = bytes.byteOffset % 8 ? Uint8Array.prototype.slice.call(bytes) : bytes;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const magic = String.fromCharCode(b[0], b[1], b[2], b[3]);
  if (b.byteLength < HEADER_BYTES || magic !== MAGIC) throw new Error('not a reportdiff jieba dictionary index');
  const n = view.getUint32(8, true);
  const linesLength = view.getUint32(12, true);
  const linesAt = HEADER_BYTES + 16 * n + 4;
  if (b.byteLength !== linesAt + linesLength) throw new Error('truncated jieba dictionary index');
  return {
    dictBytes: view.getUint32(4, true),
    total: view.getFloat64(16, true),
    freqs: new Float64Array(b.buffer, b.byteOffset + HEADER_BYTES, n),
    keys: new Uint32Array(b.buffer, b.byteOffset + HEADER_BYTES + 8 * n, n),
    starts: new Uint32Array(b.buffer, b.byteOffset + HEADER_BYTES + 12 * n, n + 1),
    lines: b.subarray(linesAt),
  };
}

/** Position of `key` in the ascending `keys`, or -1. */
function findKey(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * A function that, given a text about to be cut, hands `load` the dictionary
 * lines its words need that are not loaded yet, with the placeholder line
 * that keeps jieba's total what the whole dictionary's would be. It loads
 * nothing when the text brings no new key.
 */
export function dictLoader(index: DictIndex, load: (lines: Uint8Array) => void): (text: string) => void {
  const { keys, starts, freqs, lines } = index;
  // Keys already looked up, found or not: an open-addressing set (0 = empty slot; key 0 is a NUL alone).
  let bits = 15;
  let slots = new Uint32Array(1 << bits);
  let used = 0;
  let seenZero = false;
  let loadedFreq = 0;

  function insert(key: number): boolean {
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    const mask = slots.length - 1;
    for (;;) {
      const s = slots[i];
      if (s === 0) {
        slots[i] = key;
        used++;
        return true;
      }
      if (s === key) return false;
      i = (i + 1) & mask;
    }
  }

  function grow(): void {
    const old = slots;
    bits++;
    slots = new Uint32Array(1 << bits);
    used = 0;
    for (const k of old) if (k) insert(k);
  }

  /** Marks `key` seen; if it was not and the dictionary has words under it, adds their group to `found`. */
  function fresh(key: number, found: number[]): void {
    if (key === 0) {
      if (seenZero) return;
      seenZero = true;
    } else {
      if (used * 2 >= slots.length) grow();
      if (!insert(key)) return;
    }
    const at = findKey(keys, key);
    if (at >= 0) found.push(at);
  }

  return (text) => {
    const found: number[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const hi = text.charCodeAt(i) * 65536;
      fresh(hi, found);
      if (i + 1 < n) fresh(hi + text.charCodeAt(i + 1), found);
    }
    if (!found.length) return;
    let bytes = 0;
    for (const at of found) {
      bytes += starts[at + 1] - starts[at];
      loadedFreq += freqs[at];
    }
    const placeholder = Buffer.from(`${PLACEHOLDER} ${index.total - loadedFreq}\n`);
    const out = Buffer.allocUnsafe(bytes + placeholder.length);
    let to = 0;
    for (const at of found) {
      out.set(lines.subarray(starts[at], starts[at + 1]), to);
      to += starts[at + 1] - starts[at];
    }
    out.set(placeholder, to);
    load(out);
  };
}
