import { createReadStream } from 'node:fs';
import { readFile, stat } from '../fs/callback-fs.js';
import { bytesDigest } from './digest.js';
import type { Document } from '../report.js';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { detectScript } from './normalize.js';
import { repairText } from './repair.js';
import { MAX_BYTES } from './rules.js';

export { compareKey, detectScript } from './normalize.js';

/** `bytes` is the size when known; a stream is cut off as soon as it passes the limit. */
function tooLarge(name: string, bytes?: number): InputError {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  const size = bytes === undefined ? `more than ${mb(MAX_BYTES)}` : `${mb(bytes)}; the limit is ${mb(MAX_BYTES)}`;
  return new InputError(name, `${what(name)} is too large (${size})`, 'too-large');
}

/** What the user gave us, for messages: `-` is not a file but standard input (`echo -n | reportdiff diff - NEW`). */
function what(name: string): string {
  return name === '-' ? 'standard input' : 'file';
}

/**
 * Builds a Document from already-decoded text: repairs extraction artefacts
 * and refuses text with nothing in it. Unit: one document.
 */
export function ingestText(text: string, name: string, encoding = 'utf-8'): Document {
  if (text.trim().replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '') === '')
    throw new InputError(name, `${what(name)} is empty (no text after removing whitespace)`, 'empty');
  const repaired = repairText(text);
  return {
    name,
    text: repaired.text,
    encoding,
    script: detectScript(repaired.text),
    diagnostics: repaired.diagnostics,
  };
}

/**
 * Builds a Document from raw bytes: decodes (see `decodeBytes` for the
 * encoding order), then repairs. Pure; used for stdin and by tests.
 */
export function ingestBytes(bytes: Uint8Array, name: string, opts: { encoding?: string } = {}): Document {
  if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
  if (bytes.length === 0) throw new InputError(name, `${what(name)} is empty`, 'empty');
  const decoded = decodeBytes(bytes, name, opts.encoding);
  const doc = ingestText(decoded.text, name, decoded.encoding);
  doc.diagnostics.unshift(...decoded.diagnostics);
  doc.digest = bytesDigest(bytes);
  return doc;
}

async function readStream(stream: NodeJS.ReadableStream, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > MAX_BYTES) throw tooLarge(name);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function fsError(spec: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(spec, 'no such file', 'not-found');
  if (code === 'EISDIR') return new InputError(spec, 'is a directory, not a file', 'is-directory');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(spec, 'permission denied', 'unreadable');
  return new InputError(spec, `cannot read file (${code ?? (err as Error).message})`, 'unreadable');
}

/**
 * Reads one input — a path, or `-` for stdin — and returns its Document.
 * Throws `InputError` with codes `not-found`, `is-directory`, `unreadable`,
 * `too-large`, `empty`, `binary`, `bad-encoding`.
 */
export async function readDocument(
  spec: string,
  opts: { encoding?: string; stdin?: NodeJS.ReadableStream } = {},
): Promise<Document> {
  let bytes: Uint8Array;
  if (spec === '-') {
    bytes = await readStream(opts.stdin ?? process.stdin, spec);
  } else {
    try {
      const info = await stat(spec);
      if (info.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
      if (info.size > MAX_BYTES) throw tooLarge(spec, info.size);
      // A device or a pipe (/dev/zero, a FIFO) has no size to check first: read it with the same cap as stdin.
      bytes = info.isFile() ? await readFile(spec) : await readStream(createReadStream(spec), spec);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw fsError(spec, err);
    }
  }
  return ingestBytes(bytes, spec, { encoding: opts.encoding });
}
