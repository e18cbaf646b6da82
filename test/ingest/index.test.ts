import { mkdtempSync, readFileSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ingestBytes, ingestText, readDocument } from '../../src/ingest/index.js';

const SEEDS = new URL('../../seeds/', import.meta.url);
const seed = (f: string) => readFileSync(new URL(f, SEEDS));
const utf8 = (s: string) => new TextEncoder().encode(s);
const sample = '各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).code;
  }
}

describe('readDocument errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  it('reports a missing file, a directory, an empty and a binary file with their codes', async () => {
    expect(await codeOf(readDocument(join(dir, 'nope.txt')))).toBe('not-found');
    mkdirSync(join(dir, 'sub'));
    expect(await codeOf(readDocument(join(dir, 'sub')))).toBe('is-directory');
    writeFileSync(join(dir, 'blank.txt'), ' \n\u3000\n\u200b\n');
    expect(await codeOf(readDocument(join(dir, 'blank.txt')))).toBe('empty');
    writeFileSync(join(dir, 'img.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(await codeOf(readDocument(join(dir, 'img.png')))).toBe('binary');
  });

  it('reports an unreadable file', async () => {
    const p = join(dir, 'secret.txt');
    writeFileSync(p, sample);
    chmodSync(p, 0o000);
    let readable = true;
    try { readFileSync(p); } catch { readable = false; }
    if (readable) return; // running as root: permissions are not enforced
    expect(await codeOf(readDocument(p))).toBe('unreadable');
  });

  it('refuses bytes with NULs or many control characters as binary', () => {
    const bytes = utf8('各位代表\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f');
    expect(() => ingestBytes(bytes, 'x')).toThrow(/binary/);
  });

  it('refuses absurd sizes but takes a 10 MB report', () => {
    expect(() => ingestBytes(new Uint8Array(65 * 1024 * 1024), 'big')).toThrow(expect.objectContaining({ code: 'too-large' }));
    const text = seed('gov-work-report-2024.txt').toString('utf8');
    const big = Array.from({ length: Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(text)) }, () => text).join('\n');
    const doc = ingestText(big, 'big');
    expect(doc.text.length).toBeGreaterThan(3_000_000);
  });
});

describe('readDocument input', () => {
  it('reads stdin when the spec is `-`', async () => {
    const doc = await readDocument('-', { stdin: Readable.from([Buffer.from(sample)]) });
    expect(doc.name).toBe('-');
    expect(doc.text).toBe('各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。');
  });

  it('keeps the name as given', async () => {
    const doc = await readDocument('seeds/gov-work-report-2014.txt');
    expect(doc.name).toBe('seeds/gov-work-report-2014.txt');
    expect(doc.script).toBe('hans');
  });
});

describe('decoding', () => {
  it('accepts UTF-8 with BOM', () => {
    const doc = ingestBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]), 'a');
    expect(doc.text.startsWith('各位代表')).toBe(true);
    expect(doc.encoding).toBe('utf-8');
  });

  it('decodes UTF-16 LE/BE with BOM and LE without BOM', () => {
    const le = Buffer.from(sample, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(ingestBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a')).toMatchObject({ encoding: 'utf-16le' });
    expect(ingestBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a').text).toContain('向大会报告政府工作');
    const guessed = ingestBytes(Buffer.from('2014年\n各位代表：1、2、3。\n' + sample, 'utf16le'), 'a');
    expect(guessed.encoding).toBe('utf-16le');
    expect(guessed.diagnostics.map((d) => d.code)).toContain('encoding-guessed');
  });

  it('falls back to GB18030 for GBK bytes and says so', () => {
    // 各位代表：现在 in GBK, written out by hand from the GBK code table.
    const gbk = new Uint8Array([0xb8, 0xf7, 0xce, 0xbb, 0xb4, 0xfa, 0xb1, 0xed, 0xa3, 0xba, 0xcf, 0xd6, 0xd4, 0xda]);
    const doc = ingestBytes(gbk, 'a');
    expect(doc.text).toBe('各位代表：现在');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.diagnostics[0]).toMatchObject({ code: 'encoding-guessed' });
  });

  it('honours an explicit encoding', () => {
    const gbk = new Uint8Array([0xb8, 0xf7, 0xce, 0xbb]);
    expect(ingestBytes(gbk, 'a', { encoding: 'gbk' }).text).toBe('各位');
    expect(() => ingestBytes(gbk, 'a', { encoding: 'klingon' })).toThrow(expect.objectContaining({ code: 'bad-encoding' }));
  });

  it('replaces a truncated UTF-8 character with U+FFFD and warns', () => {
    const bytes = utf8('现在，我代表国务院。');
    const cut = bytes.slice(0, bytes.length - 2); // last 。 loses two of its three bytes
    const doc = ingestBytes(new Uint8Array([...cut, 0xff]), 'a');
    expect(doc.text.startsWith('现在，我代表国务院')).toBe(true);
    expect(doc.text).toContain('\uFFFD');
    expect(doc.diagnostics.find((d) => d.code === 'invalid-utf8')?.severity).toBe('warning');
  });
});
