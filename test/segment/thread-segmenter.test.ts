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

  it('hands over a prefetched cut, and the sub-words it sent ahead, exactly as asked-for ones', () => {
    const local = loadSegmenter('node-rs');
    const ahead = threadSegmenter('node-rs');
    try {
      const batch = paragraphs.slice(0, 12);
      ahead.prefetch!(batch);
      // Another request posted after the prefetch is answered too, in between.
      expect(ahead.cut(paragraphs[20])).toEqual(local.cut(paragraphs[20]));
      const cuts = ahead.cutMany!(batch);
      expect(cuts).toEqual(batch.map((p) => local.cut(p)));
      // Long tokens of the cut (sent ahead) and a word not in it (asked for).
      const words = [...new Set(cuts.flat().filter((t) => t.length >= 4))].slice(0, 20).concat(['高标准农田建设']);
      expect(words.length).toBeGreaterThan(5);
      expect(ahead.subWordsMany!(words)).toEqual(words.map((w) => local.subWords!(w)));
      // A batch that was not prefetched is cut on request.
      expect(ahead.cutMany!(paragraphs.slice(12, 15))).toEqual(paragraphs.slice(12, 15).map((p) => local.cut(p)));
    } finally {
      ahead.release?.();
    }
  });

  it('cuts with a word added after a prefetch was posted as if nothing had been prefetched', () => {
    const local = threadSegmenter('node-rs');
    const ahead = threadSegmenter('node-rs');
    try {
      const text = '推进数智融合产业园建设';
      ahead.prefetch!([text]);
      for (const seg of [local, ahead]) seg.addWord('数智融合产业园');
      expect(ahead.cutMany!([text])).toEqual(local.cutMany!([text]));
      expect(ahead.cutMany!([text])[0]).toContain('数智融合产业园');
    } finally {
      local.release?.();
      ahead.release?.();
    }
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
