import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { writeFileAtomicSync } from '../fs/atomic-write-sync.js';

/** How a bundle was loaded: from V8's code cache, or compiled because the cache was missing, stale or refused by V8. */
export type CodeCacheUse = 'used' | 'none' | 'stale' | 'rejected';

export interface LoadedBundle {
  exports: unknown;
  cache: CodeCacheUse;
  /** Writes V8's code for the bundle as it is now (every function compiled so far) to the cache file. */
  save(): void;
}

/** The cache starts with the SHA-1 of the source it was made from. */
const DIGEST_BYTES = 20;

/**
 * Loads a CommonJS bundle as `require` would, but with V8's code cache: the
 * bytecode of the functions an earlier run compiled, saved beside the bundle
 * at build time (scripts/build-code-cache.mjs). A cold `diff` then neither
 * parses the 470 KB bundle (≈18 ms) nor compiles the functions it calls
 * one by one as they are first called: ≈24 ms faster (`summary` ≈28 ms)
 * in paired cold runs; start-up alone (`--version`) gains nothing, reading
 * the 0.5 MB cache costs what parsing did. V8 checks its version and
 * flags, but of the source only its length, so the cache also carries the
 * source's digest: code made from another bundle of the same length is
 * never run. Any cache that cannot be used just means compiling, as
 * without one. The bundle must hold no `import()`: Node 20 cannot serve one
 * from code read back from a cache (see import-tui.ts; scripts/bundle.mjs
 * checks).
 */
export function loadBundle(path: string, cacheFile: string): LoadedBundle {
  // require() needs an absolute path to resolve the bundle's own requires from.
  const file = resolve(path);
  const code = readFileSync(file, 'utf8');
  const digest = createHash('sha1').update(code).digest();
  const saved = readIfThere(cacheFile);
  const fits = saved !== null && saved.subarray(0, DIGEST_BYTES).equals(digest);
  const cachedData = fits ? saved.subarray(DIGEST_BYTES) : undefined;
  let cache: CodeCacheUse = saved === null ? 'none' : fits ? 'used' : 'stale';
  // The same wrapper as Node's CommonJS loader, so the bundle sees what a require()d file sees.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, {
    filename: file,
    cachedData,
  });
  if (cachedData && script.cachedDataRejected) cache = 'rejected';
  const module = { exports: {} as unknown, id: file, filename: file, loaded: false };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return {
    exports: module.exports,
    cache,
    save: () => writeFileAtomicSync(cacheFile, Buffer.concat([digest, script.createCachedData()])),
  };
}

function readIfThere(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Set by the build (scripts/build-code-cache.mjs) to have the CLI save its
 * bundle's code cache as it exits, when the run has compiled what a
 * comparison calls.
 */
export const SAVE_CODE_CACHE_ENV = 'REPORTDIFF_SAVE_CODE_CACHE';

/** Loads the bundled CLI (`cli.js` beside the entry) with its code cache; saves the cache at exit when the build asks. */
export function loadCli(dir: string, env: NodeJS.ProcessEnv = process.env): void {
  const loaded = loadBundle(`${dir}/cli.js`, `${dir}/cli.cache`);
  // The build removes the old cache first, so what is saved is this bundle's code alone.
  if (env[SAVE_CODE_CACHE_ENV] === '1') process.on('exit', () => loaded.save());
}
