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

  it('is off with REPORTDIFF_CACHE=off and follows XDG_CACHE_HOME otherwise', () => {
    expect(cacheDir({ REPORTDIFF_CACHE: 'off' })).toBeNull();
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/reportdiff');
    expect(cacheDir({ REPORTDIFF_CACHE_DIR: '/y' })).toBe('/y');
  });
});
