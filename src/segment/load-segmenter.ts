import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Segmenter, SegmenterName } from './segmenter.js';
import { DOMAIN_WORDS } from './domain-words.js';
import { type DictIndex, dictLoader, openDictIndex, prefetchDictIndex } from './jieba-dict-index.js';
import { threadSegmenter } from './thread-segmenter.js';

const require = createRequire(import.meta.url);

const userDict = (words: readonly string[]) => Buffer.from(words.map((w) => `${w} 1000000 n\n`).join(''));

/** Where the build puts the index of jieba's dictionary (jieba-dict-index.ts); src/ and dist/ files alike sit two folders down. */
const DICT_INDEX_PATH = fileURLToPath(new URL('../../dist/jieba-dict-index.bin', import.meta.url));

/** The index, if the build made one from this very dict.txt; otherwise the whole dictionary is loaded. */
function dictIndex(dictPath: string): DictIndex | null {
  try {
    const index = openDictIndex(DICT_INDEX_PATH);
    return index.dictBytes === statSync(dictPath).size ? index : null;
  } catch {
    return null;
  }
}

/**
 * @node-rs/jieba with the domain words. With an index (the default), the
 * dictionary starts empty and every text loads the words it could contain
 * before it is cut: same cuts, a fraction of the ≈0.2 s the whole dictionary
 * takes to build. `index: null` loads the whole dictionary up front.
 */
export function nodeRsJieba(words: readonly string[], index?: DictIndex | null): Segmenter {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // The dictionary file itself, not '@node-rs/jieba/dict', which also reads the 6 MB keyword-IDF table we never use.
  const dictPath = require.resolve('@node-rs/jieba/dict.txt');
  const found = index === undefined ? dictIndex(dictPath) : index;
  let jieba: InstanceType<typeof Jieba>;
  let need = (_text: string) => {};
  if (found) {
    jieba = new Jieba();
    need = dictLoader(found, (lines) => jieba.loadDict(lines));
  } else {
    jieba = Jieba.withDict(readFileSync(dictPath));
  }
  const addWords = (ws: readonly string[]) => {
    // A dictionary word's own entry must be in before the user entry overrides it, as with the whole dictionary.
    need(ws.join('\n'));
    jieba.loadDict(userDict(ws));
  };
  addWords(words);
  // HMM off: it invents words from unseen character runs, which makes the
  // same phrase cut differently in two reports and hides real overlap.
  const cut = (text: string) => jieba.cut(text, false);
  const subWords = (word: string) => jieba.cutForSearch(word, false);
  // Every text is looked up for words it needs before jieba sees it; a batch at once, so one load serves it.
  const one = (f: (s: string) => string[]) => (s: string) => (need(s), f(s));
  const many = (f: (s: string) => string[]) => (ss: string[]) => (need(ss.join('\n')), ss.map(f));
  return {
    name: 'node-rs',
    cut: one(cut),
    cutMany: many(cut),
    subWords: one(subWords),
    subWordsMany: many(subWords),
    // @node-rs/jieba has no add-word call; a one-line user dictionary does the same.
    addWord: (word) => addWords([word]),
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
    cut: (text) => joinLatinRuns(nj.cut(text, false)),
    subWords: (word) => joinLatinRuns(nj.cutForSearch(word, false)),
    addWord: (word) => {
      nj.insertWord(word);
    },
  };
}

/**
 * Joins runs of single Latin letters and digits into one token, as jieba
 * itself does when it cuts without HMM (and so @node-rs/jieba): nodejieba
 * leaves `RCEP` as R|C|E|P and `2022` as 2|0|2|2, so the same report gave
 * other terms (four one-letter ones) and other word diffs with one backend
 * than with the other.
 */
export function joinLatinRuns(tokens: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const t of tokens) {
    if (t.length === 1 && LATIN_OR_DIGIT.test(t)) {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(t);
  }
  if (run) out.push(run);
  return out;
}
const LATIN_OR_DIGIT = /^[A-Za-z0-9]$/;

const cache = new Map<SegmenterName, Segmenter>();

/**
 * Backends whose dictionary takes long enough to load that the CLI starts
 * them on a thread of their own. Not node-rs: loading only the words a text
 * needs (jieba-dict-index.ts) takes it ≈0.05 s in line, less than starting a
 * thread costs on a 2-CPU machine, where the thread's start-up (≈0.06 s of
 * Node bootstrap) competes with the main thread (measured: a cold `diff` is
 * ≈0.03–0.05 s faster without it).
 */
const THREADED: ReadonlySet<SegmenterName> = new Set(['nodejieba']);

/**
 * Gets a backend's loading going before it is needed: nodejieba on its own
 * thread (thread-segmenter.ts), which the next `loadSegmenter(name)` in this
 * process returns; for node-rs, the read of its dictionary index. The CLI
 * calls this first thing, so the work overlaps everything else starting up.
 */
export function preloadSegmenter(name: SegmenterName): void {
  if (cache.has(name)) return;
  if (!THREADED.has(name)) {
    prefetchDictIndex(DICT_INDEX_PATH);
    return;
  }
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
