import { describe, expect, it } from 'vitest';
import { segmenterToPreload } from '../../src/cli/preload-args.js';

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
