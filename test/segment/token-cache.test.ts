import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDir, cachingSegmenter } from '../../src/segment/token-cache.js';
import { loadSegmenter } from '../../src/segment/load-segmenter.js';
import { seed } from '../helpers/seeds.js';

// A real paragraph of the 2025 report.
const paragraph = readFileSync(seed('gov-work-report-2025.txt'), 'utf8')
  .split('\n')
  .find((l) => l.includes('持续推进“人工智能+”行动'))!;

/** The real segmenter, counting how often the cache had to load it. */
function countingLoader() {
  const counter = {
    loads: 0,
    load: () => {
      counter.loads++;
      return loadSegmenter('node-rs');
    },
  };
  return counter;
}

describe('token cache', () => {
  it('cuts a text seen before without loading the segmenter, with the same tokens', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-cache-'));
    const backend = countingLoader();
    const load = backend.load;
    const first = cachingSegmenter('node-rs', load, paragraph, dir);
    const tokens = first.cut(paragraph);
    const subs = first.subWords!('超长期特别国债');
    first.save();
    expect(backend.loads).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);

    const second = cachingSegmenter('node-rs', load, paragraph, dir);
    expect(second.cut(paragraph)).toEqual(tokens);
    expect(second.subWords!('超长期特别国债')).toEqual(subs);
    expect(backend.loads).toBe(1);
    expect(tokens.join('')).toBe(paragraph);
  });

  it('keys the file by text and backend, and ignores a damaged file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-cache-'));
    const backend = countingLoader();
    const load = backend.load;
    const a = cachingSegmenter('node-rs', load, paragraph, dir);
    a.cut(paragraph);
    a.save();
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file), '{"v":1,"cuts":');
    const b = cachingSegmenter('node-rs', load, paragraph, dir);
    expect(b.cut(paragraph).join('')).toBe(paragraph);
    expect(backend.loads).toBe(2);
    const c = cachingSegmenter('nodejieba', () => loadSegmenter('node-rs'), paragraph, dir);
    c.cut(paragraph);
    c.save();
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });

  it('takes entries of the wrong shape (valid JSON written by something else) for misses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-cache-'));
    const backend = countingLoader();
    const a = cachingSegmenter('node-rs', backend.load, paragraph, dir);
    const tokens = a.cut(paragraph);
    a.subWords!('人工智能');
    a.save();
    const [file] = readdirSync(dir);
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    data.cuts[paragraph] = 'not a cut';
    data.subs['人工智能'] = { not: 'a list' };
    writeFileSync(join(dir, file), JSON.stringify(data));
    const b = cachingSegmenter('node-rs', backend.load, paragraph, dir);
    expect(b.cut(paragraph)).toEqual(tokens);
    expect(b.subWords!('人工智能')).toEqual(loadSegmenter('node-rs').subWords!('人工智能'));
    // A file whose lists are not lists at all starts afresh too.
    writeFileSync(join(dir, file), JSON.stringify({ v: data.v, cuts: [], subs: 5 }));
    expect(cachingSegmenter('node-rs', backend.load, paragraph, dir).cut(paragraph)).toEqual(tokens);
  });

  it('cuts a batch of cached and new paragraphs in order, asking the backend only for the new ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-cache-'));
    const lines = readFileSync(seed('gov-work-report-2025.txt'), 'utf8').split('\n').filter((l) => l.trim()).slice(0, 6);
    const real = loadSegmenter('node-rs');
    const first = cachingSegmenter('node-rs', () => real, paragraph, dir);
    first.cutMany!([lines[0], lines[2], lines[4]]);
    first.save();
    const asked: string[] = [];
    const spy = { ...real, cutMany: (texts: string[]) => (asked.push(...texts), texts.map((t) => real.cut(t))) };
    const second = cachingSegmenter('node-rs', () => spy, paragraph, dir);
    expect(second.cutMany!(lines)).toEqual(lines.map((l) => real.cut(l)));
    expect(asked).toEqual([lines[1], lines[3], lines[5]]);
  });

  it('takes words named like object properties (constructor, toString) for misses, not for cached entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-cache-'));
    const seg = cachingSegmenter('node-rs', () => loadSegmenter('node-rs'), 'constructor toString', dir);
    for (const word of ['constructor', 'toString', '__proto__']) {
      expect(seg.cut(word).join('')).toBe(word);
      expect(Array.isArray(seg.subWords!(word))).toBe(true);
    }
    seg.save();
    const again = cachingSegmenter('node-rs', () => loadSegmenter('node-rs'), 'constructor toString', dir);
    expect(again.cut('constructor').join('')).toBe('constructor');
  });

  it('with the cache off, loads the segmenter on the first cut only and cuts as it does', () => {
    const backend = countingLoader();
    const seg = cachingSegmenter('node-rs', backend.load, paragraph, null);
    expect(backend.loads).toBe(0);
    const jieba = loadSegmenter('node-rs');
    const tokens = seg.cut(paragraph);
    expect(tokens).toEqual(jieba.cut(paragraph));
    expect(seg.cutMany!([paragraph, '超长期特别国债'])).toEqual([tokens, jieba.cut('超长期特别国债')]);
    expect(seg.subWords!('超长期特别国债')).toEqual(jieba.subWords!('超长期特别国债'));
    seg.save();
    expect(backend.loads).toBe(1);
  });

  it('is off with REPORTDIFF_CACHE=off and follows XDG_CACHE_HOME otherwise', () => {
    expect(cacheDir({ REPORTDIFF_CACHE: 'off' })).toBeNull();
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/reportdiff');
    expect(cacheDir({ REPORTDIFF_CACHE_DIR: '/y' })).toBe('/y');
  });
});
