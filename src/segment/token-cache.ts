import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { makeDirSync } from '../fs/make-dir.js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../fs/atomic-write-sync.js';
import { cutAll, subWordsAll, type Segmenter } from './segmenter.js';
import { DOMAIN_WORDS } from './domain-words.js';

/**
 * Bump when tokenising changes in a way the key does not see (how texts are
 * sliced before cutting, what a backend's cut is turned into), so old cache
 * files are simply never read again. 3: nodejieba's Latin letters and digits
 * joined into runs (joinLatinRuns).
 */
const CACHE_VERSION = 3;

/** The cache folder, or null when caching is off (`REPORTDIFF_CACHE=off`). */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.REPORTDIFF_CACHE === 'off' || env.REPORTDIFF_CACHE === '0') return null;
  if (env.REPORTDIFF_CACHE_DIR) return env.REPORTDIFF_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'reportdiff');
}

interface CacheFile {
  v: number;
  /** Text cut → token lengths (the tokens are slices of the text). */
  cuts: Record<string, number[]>;
  /** Long word → the sub-words inside it. */
  subs: Record<string, string[]>;
}

function lengths(tokens: string[]): number[] {
  return tokens.map((t) => t.length);
}

function slices(text: string, lens: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const n of lens) {
    out.push(text.slice(at, at + n));
    at += n;
  }
  return out;
}

/**
 * The cache file for one input and backend. `source` says which input:
 * `sha1:` and the digest of its bytes (`Document.digest`) when it was read
 * from a file or stdin, so the CLI can look for the file before reading the
 * input properly; else the text itself. Cuts inside are keyed by the text
 * cut, so a file named for other bytes only misses, never misleads.
 */
export function tokenCacheFile(dir: string, name: string, source: string): string {
  const key = createHash('sha1')
    .update(`${CACHE_VERSION}\0${name}\0${DOMAIN_WORDS.join('\n')}\0${source}`)
    .digest('hex');
  return join(dir, `tokens-${name}-${key}.json`);
}

/** `tokenCacheFile`'s `source` for a document's bytes. */
export const bytesSource = (digest: string) => `sha1:${digest}`;

/**
 * True when the cache holds the tokens of the input whose bytes have this
 * digest (`Document.digest`): jieba will not be needed for it. Always false
 * with the cache off.
 */
export function hasCachedTokens(name: string, digest: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const dir = cacheDir(env);
  return dir !== null && existsSync(tokenCacheFile(dir, name, bytesSource(digest)));
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCut = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n > 0);

/**
 * A segmenter that remembers, per input, what jieba cut, under the
 * user's cache folder. Loading jieba's dictionary is most of a cold run
 * (≈0.2 s of ≈0.5 s), so a report compared before is tokenised without
 * loading it at all. The real segmenter is loaded on the first miss only.
 * Unit: one input (`source`, see tokenCacheFile); `save()` writes its file (atomically, errors
 * ignored: a cache that cannot be written only costs time).
 */
export function cachingSegmenter(
  name: string,
  load: () => Segmenter,
  source: string,
  dir: string | null,
): Segmenter & { save(): void } {
  if (!dir) return uncached(name, load);
  const file = tokenCacheFile(dir, name, source);
  // Records without a prototype: a token such as `constructor` or `toString`
  // must be a plain miss, not an inherited function taken for a cached cut.
  const record = <T>(from?: Record<string, T>): Record<string, T> => Object.assign(Object.create(null), from);
  let data: CacheFile = { v: CACHE_VERSION, cuts: record(), subs: record() };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed?.v === CACHE_VERSION && isRecord(parsed.cuts) && isRecord(parsed.subs)) {
      data = { v: parsed.v, cuts: record(parsed.cuts), subs: record(parsed.subs) };
    }
  } catch {
    // Missing or damaged: start afresh.
  }
  let dirty = false;
  const backend = once(load);
  // An entry of the wrong shape (a file edited or written by something else) is a miss, as a damaged file is.
  const hitOf = (t: string) => {
    const hit: unknown = data.cuts[t];
    return isCut(hit) && hit.reduce((a, b) => a + b, 0) === t.length ? slices(t, hit) : null;
  };
  const subsOf = (w: string) => {
    const subs: unknown = data.subs[w];
    return Array.isArray(subs) && subs.every((x) => typeof x === 'string') ? (subs as string[]) : null;
  };
  function cutMany(texts: string[]): string[][] {
    const out = texts.map(hitOf);
    const missing = texts.filter((_, i) => !out[i]);
    if (!missing.length) return out as string[][];
    const cut = cutAll(backend(), missing);
    missing.forEach((t, i) => (data.cuts[t] = lengths(cut[i])));
    dirty = true;
    let m = 0;
    return out.map((o) => o ?? cut[m++]);
  }
  function subWordsMany(words: string[]): string[][] {
    const missing = words.filter((w) => !subsOf(w));
    if (missing.length) {
      const subs = subWordsAll(backend(), missing);
      missing.forEach((w, i) => (data.subs[w] = subs[i]));
      dirty = true;
    }
    return words.map((w) => data.subs[w]);
  }
  return {
    name,
    cut: (t) => cutMany([t])[0],
    cutMany,
    subWords: (word) => subWordsMany([word])[0],
    subWordsMany,
    addWord(word) {
      backend().addWord(word);
    },
    save() {
      if (!dirty) return;
      try {
        makeDirSync(dir);
        writeFileAtomicSync(file, JSON.stringify(data));
        dirty = false;
      } catch {
        // A cache that cannot be written only costs time next run.
      }
    },
  };
}

/**
 * With the cache off there is nothing to remember cuts for, so every call
 * goes straight to the backend (loaded on first use): recording each cut
 * (its tokens' lengths in a map keyed by the text) cost a 10-report series
 * ≈20 ms (paired runs, cache off, as the speed benchmark runs it).
 */
function uncached(name: string, load: () => Segmenter): Segmenter & { save(): void } {
  const backend = once(load);
  return {
    name,
    cut: (text) => cutAll(backend(), [text])[0],
    cutMany: (texts) => cutAll(backend(), texts),
    subWords: (word) => subWordsAll(backend(), [word])[0],
    subWordsMany: (words) => subWordsAll(backend(), words),
    addWord: (word) => backend().addWord(word),
    save() {},
  };
}

/** The segmenter, loaded on its first use only: a run whose cuts all come from the cache never loads jieba. */
function once(load: () => Segmenter): () => Segmenter {
  let real: Segmenter | null = null;
  return () => (real ??= load());
}
