import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_WORDS } from '../../src/segment/domain-words.js';
import { buildDictIndex, type DictIndex, dictLoader, openDictIndex, prefetchDictIndex, readDictIndex } from '../../src/segment/jieba-dict-index.js';
import { nodeRsJieba } from '../../src/segment/load-segmenter.js';
import { SPLIT_MIN_LENGTH } from '../../src/segment/segmenter.js';
import { seed } from '../helpers/seeds.js';

const dictPath = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
const dict = readFileSync(dictPath);
const seeds = readdirSync(fileURLToPath(new URL('../../seeds/', import.meta.url)))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(seed(f), 'utf8'));

/** What jieba's total would be after loading these dictionary texts in order: the last frequency of each distinct word, summed. */
function jiebaTotal(loads: string[]): number {
  const freq = new Map<string, number>();
  for (const text of loads) {
    for (const line of text.split('\n')) {
      const [word, f = '0'] = line.split(/\s+/).filter(Boolean);
      if (word) freq.set(word, Number(f));
    }
  }
  let total = 0;
  for (const f of freq.values()) total += f;
  return total;
}

const userLine = (w: string) => `${w} 1000000 n\n`;

describe('jieba dictionary loaded per text (jieba-dict-index.ts)', () => {
  let index: DictIndex;
  beforeAll(() => {
    index = readDictIndex(buildDictIndex(dict));
  });

  it('cuts every seed report, and the sub-words of its long tokens, exactly as the whole dictionary', () => {
    const whole = nodeRsJieba(DOMAIN_WORDS, null);
    const perText = nodeRsJieba(DOMAIN_WORDS, index);
    // Newest first, so later texts come to a dictionary that earlier ones already grew.
    for (const text of [...seeds].reverse()) {
      const cut = whole.cut(text);
      expect(perText.cut(text)).toEqual(cut);
      const long = [...new Set(cut.filter((t) => t.length >= SPLIT_MIN_LENGTH))];
      expect(perText.subWordsMany!(long)).toEqual(long.map((w) => whole.subWords!(w)));
    }
  });

  it('cuts a text the same whether or not other texts were loaded first', () => {
    const fresh = nodeRsJieba(DOMAIN_WORDS, index);
    const grown = nodeRsJieba(DOMAIN_WORDS, index);
    grown.cutMany!(seeds.slice(0, -1));
    const last = seeds[seeds.length - 1];
    expect(grown.cut(last)).toEqual(fresh.cut(last));
  });

  it('keeps jieba’s total that of the whole dictionary, also when a dictionary word is added as a user word', () => {
    const loads: string[] = [];
    const need = dictLoader(index, (lines) => loads.push(Buffer.from(lines).toString('utf8')));
    const wholeLoads = [dict.toString('utf8')];
    // As nodeRsJieba adds words: the word's own dictionary entry first, then the user entry.
    const add = (words: string[]) => {
      need(words.join('\n'));
      loads.push(words.map(userLine).join(''));
      wholeLoads.push(words.map(userLine).join(''));
    };
    add([...DOMAIN_WORDS]);
    need(seeds[0]);
    expect(jiebaTotal(loads)).toBe(jiebaTotal(wholeLoads));
    // 高铁 is in dict.txt and the ACFTU report never writes 高铁.
    expect(seeds[0]).not.toContain('高铁');
    add(['高铁']);
    expect(jiebaTotal(loads)).toBe(jiebaTotal(wholeLoads));
    need(seeds[1]);
    expect(jiebaTotal(loads)).toBe(jiebaTotal(wholeLoads));
    // Loads only what is new: a text seen before loads nothing.
    const count = loads.length;
    need(seeds[1]);
    expect(loads.length).toBe(count);
  });

  it('loads a small part of the dictionary for two full reports', () => {
    const lines: string[] = [];
    const need = dictLoader(index, (b) => lines.push(...Buffer.from(b).toString('utf8').split('\n').filter(Boolean)));
    need(readFileSync(seed('gov-work-report-2024.txt'), 'utf8'));
    need(readFileSync(seed('gov-work-report-2025.txt'), 'utf8'));
    const words = new Set(lines.map((l) => l.split(' ')[0]));
    expect(words.size).toBeGreaterThan(5_000);
    expect(words.size).toBeLessThan(dict.toString('utf8').split('\n').length / 5);
  });

  it('reads a dictionary the way jieba does: a word listed twice keeps its last frequency', () => {
    const small = readDictIndex(buildDictIndex(Buffer.from('工会 100 n\n职工 50 n\n工会 7 nt\n工 3\n')));
    expect(small.total).toBe(7 + 50 + 3);
    const loads: string[] = [];
    dictLoader(small, (b) => loads.push(Buffer.from(b).toString('utf8')))('工会');
    // 职工 is not under 工会's or 工's key, so it waits for a text that has 职工.
    expect(loads[0]).toBe('工 3\n工会 7\n\uE000\uE001 50\n');
  });

  it('refuses bytes that are not an index, or are cut short', () => {
    expect(() => readDictIndex(Buffer.from('not an index at all, just text'))).toThrow(/not a reportdiff/);
    const good = buildDictIndex(Buffer.from('工会 100 n\n'));
    expect(() => readDictIndex(good.subarray(0, good.length - 1))).toThrow(/truncated/);
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-index-'));
    writeFileSync(join(dir, 'cut.bin'), good.subarray(0, good.length - 1));
    expect(() => openDictIndex(join(dir, 'cut.bin'))).toThrow(/truncated/);
    writeFileSync(join(dir, 'text.bin'), 'not an index at all, just text');
    expect(() => openDictIndex(join(dir, 'text.bin'))).toThrow(/not a reportdiff/);
  });

  it('the build made the index from the installed dict.txt, so the CLI uses it', () => {
    const built = openDictIndex(fileURLToPath(new URL('../../dist/jieba-dict-index.bin', import.meta.url)));
    expect(built.dictBytes).toBe(statSync(dictPath).size);
    expect(built.total).toBe(index.total);
  });

  it('opened from the built file, cuts a report the seeds do not contain as the whole dictionary', () => {
    const built = openDictIndex(fileURLToPath(new URL('../../dist/jieba-dict-index.bin', import.meta.url)));
    const text = readFileSync(new URL('../fixtures/ingest/gov-1998-excerpt.txt', import.meta.url), 'utf8');
    expect(nodeRsJieba(DOMAIN_WORDS, built).cut(text)).toEqual(nodeRsJieba(DOMAIN_WORDS, null).cut(text));
  });

  it('opens an index from what prefetchDictIndex read ahead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-index-'));
    const path = join(dir, 'index.bin');
    copyFileSync(new URL('../../dist/jieba-dict-index.bin', import.meta.url), path);
    prefetchDictIndex(path);
    // The read completes on the thread pool; its callback needs the event loop to turn.
    await new Promise((r) => setTimeout(r, 200));
    // Gone from the folder: only what was read ahead can serve now.
    rmSync(path);
    const text = readFileSync(new URL('../fixtures/ingest/gov-1998-excerpt.txt', import.meta.url), 'utf8');
    expect(nodeRsJieba(DOMAIN_WORDS, openDictIndex(path)).cut(text)).toEqual(nodeRsJieba(DOMAIN_WORDS, null).cut(text));
  });
});
