import type { Diagnostic } from '../report.js';
import { InputError } from '../errors.js';
import { BINARY_MAGIC, MAX_CONTROL_SHARE } from './rules.js';

/** Result of turning raw bytes into a string. */
export interface Decoded {
  text: string;
  /** WHATWG encoding label actually used, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding: string;
  diagnostics: Diagnostic[];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * The byte order under which at least `most` of the first `sample` bytes'
 * 16-bit units pass `test` while at most `few` do under the other order;
 * null when neither stands out so.
 */
function byteOrderWhere(
  bytes: Uint8Array,
  sample: number,
  test: (unit: number) => boolean,
  most: number,
  few: number,
): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), sample);
  if (n < 4) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (test(bytes[i] | (bytes[i + 1] << 8))) le++;
    if (test((bytes[i] << 8) | bytes[i + 1])) be++;
  }
  const pairs = n / 2;
  if (le > pairs * most && be < pairs * few) return 'utf-16le';
  if (be > pairs * most && le < pairs * few) return 'utf-16be';
  return null;
}

/**
 * Guess UTF-16 without a BOM from the NUL pattern: Chinese text in UTF-16 has
 * few NULs, but ASCII digits and punctuation put a NUL on one fixed side (a
 * unit below 0x100 under that byte order).
 */
const sniffUtf16 = (bytes: Uint8Array) => byteOrderWhere(bytes, 4096, (u) => u < 0x100, 0.2, 0.05);

/**
 * Guess UTF-16 without a BOM from what it decodes to, when the NUL pattern
 * says nothing (Chinese with few ASCII characters has hardly any NULs): the
 * byte order under which nearly every unit is a Han character, CJK or
 * ASCII punctuation, or a letter, digit or line break, and under which the
 * other order is not.
 */
const sniffUtf16ByText = (bytes: Uint8Array) => byteOrderWhere(bytes, 8192, textLike, 0.9, 0.5);

function textLike(u: number): boolean {
  return (
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0x3000 && u <= 0x303f) ||
    (u >= 0xff00 && u <= 0xffef) ||
    (u >= 0x2000 && u <= 0x206f) ||
    (u >= 0x20 && u <= 0x7e) ||
    u === 10 ||
    u === 13 ||
    u === 9
  );
}

/** Names the binary format the bytes start with, or null when they look like text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const magic of BINARY_MAGIC) if (startsWith(bytes, magic.bytes)) return magic.name;
  return null;
}

/** True when decoded text carries NULs or too many control characters to be prose. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch (err) {
    if (err instanceof RangeError) throw err; // unknown label: let the caller report it
    return null;
  }
}

/**
 * Big5 bytes are nearly all valid GB18030 too, and decode as a jumble of
 * rare characters (`2024現┎ヴ叭`). Text that Big5 also decodes is read as
 * Big5 when its Han characters are mostly Big5's common ones (level 1,
 * A440–C67E) and clearly more so than the GB18030 reading's are GB2312's.
 */
function big5Instead(bytes: Uint8Array, gb: string): string | null {
  const big5 = tryDecode('big5', bytes, true);
  if (big5 === null) return null;
  const big5Share = hanShare(big5, commonHan('big5', 0xa4, 0xc6, [[0x40, 0x7e], [0xa1, 0xfe]]));
  const gbShare = hanShare(gb, commonHan('gb18030', 0xb0, 0xf7, [[0xa1, 0xfe]]));
  return big5Share >= 0.9 && big5Share > gbShare + 0.2 ? big5 : null;
}

const commonSets = new Map<string, Set<number>>();

/** The Han characters of an encoding's common block, decoded from its byte range once. */
function commonHan(label: string, leadFrom: number, leadTo: number, trails: Array<[number, number]>): Set<number> {
  let set = commonSets.get(label);
  if (set) return set;
  const pairs: number[] = [];
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (const [from, to] of trails) for (let t = from; t <= to; t++) pairs.push(lead, t);
  }
  set = new Set();
  for (const ch of new TextDecoder(label).decode(new Uint8Array(pairs))) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x4e00 && c <= 0x9fff) set.add(c);
  }
  commonSets.set(label, set);
  return set;
}

/** Share of a text's Han characters (U+4E00–9FFF) that are in `set`; 0 without any. */
function hanShare(text: string, set: Set<number>): number {
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    if (set.has(c)) common++;
  }
  return han === 0 ? 0 : common / han;
}

/**
 * Decode one file's bytes. Order: explicit `encoding`; BOM (UTF-8, UTF-16
 * LE/BE); BOM-less UTF-16 by NUL pattern; strict UTF-8; GB18030 (a superset of
 * GBK/GB2312), or Big5 when the characters say so. UTF-8 with only a few bad sequences (a truncated file), or
 * bytes valid in neither, are decoded as UTF-8 with U+FFFD replacements and an
 * `invalid-utf8` warning — one damaged character should not make a whole
 * report unreadable.
 */
export function decodeBytes(bytes: Uint8Array, name: string, encoding?: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  const binary = sniffBinary(bytes);
  if (binary && !encoding) throw new InputError(name, `looks like a ${binary}, not a text file`, 'binary');

  let text: string | null;
  let used: string;
  if (encoding) {
    try {
      text = new TextDecoder(encoding).decode(bytes);
      used = new TextDecoder(encoding).encoding;
    } catch {
      throw new InputError(name, `unknown encoding "${encoding}"`, 'bad-encoding');
    }
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = tryDecode('utf-8', bytes, false)!;
    used = 'utf-8';
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    used = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = tryDecode(used, bytes, false)!;
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      used = utf16;
      text = tryDecode(utf16, bytes, false)!;
      diagnostics.push({ severity: 'info', code: 'encoding-guessed', message: `no byte-order mark; guessed ${utf16} from the NUL pattern` });
    } else {
      used = 'utf-8';
      text = tryDecode('utf-8', bytes, false)!;
      const bad = countReplacements(text);
      // A few bad sequences in otherwise valid UTF-8 (a file cut mid-character)
      // are damage, not another encoding: GB18030 would accept most UTF-8 bytes
      // as pairs and turn the whole report into mojibake. Not UTF-8 at all, it
      // may be UTF-16 with hardly a NUL (asked only then: plain ASCII is
      // text-like under one byte order too).
      const other = bad > Math.max(1, text.length * 0.001);
      const byText = other ? sniffUtf16ByText(bytes) : null;
      const gb = other && !byText ? tryDecode('gb18030', bytes, true) : null;
      const big5 = gb !== null ? big5Instead(bytes, gb) : null;
      if (byText) {
        text = tryDecode(byText, bytes, false)!;
        used = byText;
        diagnostics.push({ severity: 'info', code: 'encoding-guessed', message: `no byte-order mark; guessed ${byText} from its characters` });
      } else if (big5 !== null) {
        text = big5;
        used = 'big5';
        diagnostics.push({ severity: 'info', code: 'encoding-guessed', message: 'not valid UTF-8; decoded as Big5 (its characters read as common Big5 ones, not as GB18030)' });
      } else if (gb !== null) {
        text = gb;
        used = 'gb18030';
        diagnostics.push({ severity: 'info', code: 'encoding-guessed', message: 'not valid UTF-8; decoded as GB18030 (GBK)' });
      } else if (bad > 0) {
        diagnostics.push({
          severity: 'warning',
          code: 'invalid-utf8',
          message: `${bad} undecodable UTF-8 byte sequence(s) replaced with U+FFFD (use --encoding to choose another encoding)`,
        });
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw new InputError(name, 'looks like a binary file (NUL or control bytes), not text', 'binary');
  return { text, encoding: used, diagnostics };
}
