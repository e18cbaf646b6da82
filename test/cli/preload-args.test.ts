import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputsCached, segmenterToPreload } from '../../src/cli/preload-args.js';
import { compareFiles } from '../../src/pipeline.js';
import { seed } from '../helpers/seeds.js';

describe('segmenterToPreload', () => {
  it('starts the default backend for commands that compare', () => {
    expect(segmenterToPreload(['diff', 'a.txt', 'b.txt'])).toBe('node-rs');
    expect(segmenterToPreload(['--color', 'never', 'summary', 'a', 'b'])).toBe('node-rs');
    expect(segmenterToPreload(['snapshot', '--check'])).toBe('node-rs');
    expect(segmenterToPreload(['start'])).toBe('node-rs');
  });

  it('follows --segmenter in both spellings', () => {
    expect(segmenterToPreload(['diff', 'a', 'b', '--segmenter', 'nodejieba'])).toBe('nodejieba');
    expect(segmenterToPreload(['diff', '--segmenter=nodejieba', 'a', 'b'])).toBe('nodejieba');
  });

  it('starts nothing for help, version, no command or an unknown backend', () => {
    expect(segmenterToPreload(['diff', '--help'])).toBeNull();
    expect(segmenterToPreload(['-h'])).toBeNull();
    expect(segmenterToPreload(['--version'])).toBeNull();
    expect(segmenterToPreload([])).toBeNull();
    expect(segmenterToPreload(['frobnicate', 'a'])).toBeNull();
    expect(segmenterToPreload(['diff', 'a', 'b', '--segmenter', 'bogus'])).toBeNull();
  });
});

describe('inputsCached', () => {
  const a = seed('gov-work-report-2024.txt');
  const b = seed('gov-work-report-2025.txt');

  it('is true only once both inputs of a real pair have their tokens cached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-preload-'));
    const env = { REPORTDIFF_CACHE_DIR: dir };
    expect(inputsCached(['diff', a, b], 'node-rs', env)).toBe(false);
    // Tokenise the pair the way the CLI does, with the cache on.
    const old = process.env.REPORTDIFF_CACHE;
    process.env.REPORTDIFF_CACHE = 'on';
    process.env.REPORTDIFF_CACHE_DIR = dir;
    try {
      await compareFiles(a, b);
    } finally {
      // process.env keeps only strings: assigning undefined would store "undefined".
      if (old === undefined) delete process.env.REPORTDIFF_CACHE;
      else process.env.REPORTDIFF_CACHE = old;
      delete process.env.REPORTDIFF_CACHE_DIR;
    }
    expect(inputsCached(['diff', a, b, '--format', 'json'], 'node-rs', env)).toBe(true);
    expect(inputsCached(['summary', `${a}#plan`, `${b}#review`], 'node-rs', env)).toBe(true);
    // Another backend cuts differently: its cache is separate.
    expect(inputsCached(['diff', a, b], 'nodejieba', env)).toBe(false);
    // stdin can't be looked at in advance; the manifest commands are not checked.
    expect(inputsCached(['diff', a, '-'], 'node-rs', env)).toBe(false);
    expect(inputsCached(['snapshot'], 'node-rs', env)).toBe(false);
    // With the cache off nothing is ever cached.
    expect(inputsCached(['diff', a, b], 'node-rs', { ...env, REPORTDIFF_CACHE: 'off' })).toBe(false);
  });
});
