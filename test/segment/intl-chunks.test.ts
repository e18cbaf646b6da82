import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { intlSegments, safePieces } from '../../src/segment/intl-chunks.js';
import { seed } from '../helpers/seeds.js';

const plain = (seg: Intl.Segmenter, text: string) => Array.from(seg.segment(text), (s) => s.segment);

describe('ICU segmentation of long texts, piece by piece', () => {
  // A report as one line, as when its line breaks were lost: 17k characters, four pieces.
  const report = readFileSync(seed('gov-work-report-2024.txt'), 'utf8').replace(/\n/g, '');

  it('finds the same characters as one pass over the whole text', () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    expect(report.length).toBeGreaterThan(16_000);
    expect(safePieces(report).length).toBeGreaterThanOrEqual(4);
    expect(intlSegments(graphemes, report)).toEqual(plain(graphemes, report));
  });

  it('finds the same Japanese words, the pieces cut where sentences end', () => {
    const words = new Intl.Segmenter('ja', { granularity: 'word' });
    const ja = readFileSync('test/fixtures/bad/ja-new.txt', 'utf8').replace(/\n/g, '').repeat(40);
    expect(ja.length).toBeGreaterThan(8_000);
    expect(intlSegments(words, ja)).toEqual(plain(words, ja));
  });

  it('keeps every character: the pieces rebuild the text, none longer than a piece', () => {
    const pieces = safePieces(report);
    expect(pieces.join('')).toBe(report);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(4096);
  });
});

describe('a text with no place to cut but the hard limit', () => {
  it('is cut beside a surrogate pair, never through one', () => {
    // Emoji (each two UTF-16 units) after one letter: no Han, no ASCII, no punctuation to cut before, and the limit falls mid-pair.
    const text = `a${'😀'.repeat(5000)}`;
    const pieces = safePieces(text);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.codePointAt(0)! >= 0xdc00 && p.codePointAt(0)! <= 0xdfff).toBe(false);
  });
});
