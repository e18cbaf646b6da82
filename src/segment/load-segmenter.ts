import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Segmenter, SegmenterName } from './segmenter.js';
import { DOMAIN_WORDS } from './domain-words.js';
import { threadSegmenter } from './thread-segmenter.js';

const require = createRequire(import.meta.url);

const userDict = (words: readonly string[]) => Buffer.from(words.map((w) => `${w} 1000000 n\n`).join(''));

function nodeRsJieba(words: readonly string[]): Segmenter {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // The dictionary file itself, not '@node-rs/jieba/dict', which also reads the 6 MB keyword-IDF table we never use.
  const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  jieba.loadDict(userDict(words));
  return {
    name: 'node-rs',
    // HMM off: it invents words from unseen character runs, which makes the
    // same phrase cut differently in two reports and hides real overlap.
    cut: (text) => jieba.cut(text, false),
    subWords: (word) => jieba.cutForSearch(word, false),
    addWord: (word) => {
      // @node-rs/jieba has no add-word call; a one-line user dictionary does the same.
      jieba.loadDict(userDict([word]));
    },
  };
}

function nodejieba(words: readonly string[]): Segmenter {
  const nj = require('nodejieba') as {
    load(opts?: object): void;
    cut(s: string, hmm?: boolean): string[];
    cutForSearch(s: string, hmm?: boolean): string[];
    insertWord(w: string): boolean;
  };
  nj.load();
  for (const w of words) nj.insertWord(w);
  return {
    name: 'nodejieba',
    cut: (text) => nj.cut(text, false),
    subWords: (word) => nj.cutForSearch(word, false),
    addWord: (word) => {
      nj.insertWord(word);
    },
  };
}

const cache = new Map<SegmenterName, Segmenter>();

/**
 * Starts loading a backend on its own thread now (thread-segmenter.ts); the
 * next `loadSegmenter(name)` in this process returns it. The CLI calls this
 * first thing, so the dictionary loads while everything else starts up.
 */
export function preloadSegmenter(name: SegmenterName): void {
  if (cache.has(name)) return;
  try {
    cache.set(name, threadSegmenter(name));
  } catch {
    // No thread (none allowed, no script): the first use loads in line, as without a preload.
  }
}

/**
 * The segmenter for a backend, loaded once per process with the domain
 * dictionary: loading jieba's dictionary is most of a cold run's cost.
 */
export function loadSegmenter(name: SegmenterName = 'node-rs'): Segmenter {
  let seg = cache.get(name);
  if (!seg) {
    seg = name === 'nodejieba' ? nodejieba(DOMAIN_WORDS) : nodeRsJieba(DOMAIN_WORDS);
    cache.set(name, seg);
  }
  return seg;
}

/** The backend for `name` if this process has already loaded or started it; never loads one. */
export function startedSegmenter(name: SegmenterName): Segmenter | undefined {
  return cache.get(name);
}

/**
 * Lets go of every loaded backend that can be let go (a preloaded thread and
 * its dictionary, tens of MB): for a process that will cut no more text.
 * A later `loadSegmenter` loads afresh.
 */
export function releaseSegmenters(): void {
  for (const [name, seg] of cache) {
    if (!seg.release) continue;
    seg.release();
    cache.delete(name);
  }
}
