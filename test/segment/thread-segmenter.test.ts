import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Segmenter } from '../../src/segment/segmenter.js';
import { loadSegmenter } from '../../src/segment/load-segmenter.js';
import { seed } from '../helpers/seeds.js';

// The worker runs compiled JavaScript, so this exercises the build (`npm test` builds first).
const { threadSegmenter } = (await import(new URL('../../dist/segment/thread-segmenter.js', import.meta.url).href)) as {
  threadSegmenter: (name: 'node-rs' | 'nodejieba') => Segmenter;
};

const paragraphs = readFileSync(seed('gov-work-report-2025.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 30);

describe('threadSegmenter', () => {
  const thread = threadSegmenter('node-rs');
  afterAll(() => thread.release?.());

  it('cuts a batch of real paragraphs exactly as the same backend in this thread', () => {
    const local = loadSegmenter('node-rs');
    expect(thread.cutMany!(paragraphs)).toEqual(paragraphs.map((p) => local.cut(p)));
    expect(thread.cut(paragraphs[3])).toEqual(local.cut(paragraphs[3]));
  });

  it('finds the same sub-words', () => {
    const local = loadSegmenter('node-rs');
    const words = ['超长期特别国债', '贯彻落实', '高标准农田'];
    expect(thread.subWordsMany!(words)).toEqual(words.map((w) => local.subWords!(w)));
  });

  it('refuses, instead of waiting, once its thread has been let go', () => {
    const released = threadSegmenter('node-rs');
    expect(released.cut('推进高水平科技自立自强').join('')).toBe('推进高水平科技自立自强');
    released.release!();
    expect(() => released.cut('推进高水平科技自立自强')).toThrow(/has stopped/);
  });

  it('answers nodejieba requests too', () => {
    const nj = threadSegmenter('nodejieba');
    try {
      const tokens = nj.cut(paragraphs[5]);
      expect(tokens.join('')).toBe(paragraphs[5]);
      expect(tokens.length).toBeGreaterThan(5);
    } finally {
      nj.release?.();
    }
  });
});
