import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Segmenter, SegmenterName } from './segmenter.js';

const require = createRequire(import.meta.url);

/** Domain words (one per line) that jieba's general dictionary would split. */
export function domainWords(): string[] {
  const path = fileURLToPath(new URL('../../src/segment/domain-dict.txt', import.meta.url));
  return readFileSync(path, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean);
}

function nodeRsJieba(): Segmenter {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  return {
    name: 'node-rs',
    // HMM off: it invents words from unseen character runs, which makes the
    // same phrase cut differently in two reports and hides real overlap.
    cut: (text) => jieba.cut(text, false),
    addWord: (word) => {
      // @node-rs/jieba has no add-word call; a one-line user dictionary does the same.
      jieba.loadDict(Buffer.from(`${word} 1000000 n\n`));
    },
  };
}

function nodejieba(): Segmenter {
  const nj = require('nodejieba') as { load(opts?: object): void; cut(s: string, hmm?: boolean): string[]; insertWord(w: string): boolean };
  nj.load();
  return {
    name: 'nodejieba',
    cut: (text) => nj.cut(text, false),
    addWord: (word) => {
      nj.insertWord(word);
    },
  };
}

const cache = new Map<SegmenterName, Segmenter>();

/**
 * The segmenter for a backend, loaded once per process with the domain
 * dictionary: loading jieba's dictionary is most of a cold run's cost.
 */
export function loadSegmenter(name: SegmenterName = 'node-rs'): Segmenter {
  let seg = cache.get(name);
  if (!seg) {
    seg = name === 'nodejieba' ? nodejieba() : nodeRsJieba();
    for (const w of domainWords()) seg.addWord(w);
    cache.set(name, seg);
  }
  return seg;
}
