import { readFileSync, statSync } from 'node:fs';
import { SEGMENTER_NAMES, type SegmenterName } from '../segment/segmenter.js';
import { parseSpec } from '../spec.js';
import { bytesDigest } from '../ingest/digest.js';
import { cacheDir, hasCachedTokens } from '../segment/token-cache.js';
import { MAX_BYTES } from '../ingest/rules.js';

/** Commands that compare reports, and so need a segmenter. */
const COMPARING = new Set(['diff', 'summary', 'review', 'snapshot', 'start']);

/**
 * Which segmenter a command line will need, read before yargs is even
 * loaded, or null when it needs none (help, version, no command). A guess
 * only decides what starts loading early: yargs still parses and validates
 * the line, and a wrong guess costs a thread that is never asked anything.
 */
export function segmenterToPreload(argv: readonly string[]): SegmenterName | null {
  if (argv.some((a) => a === '--help' || a === '-h' || a === '--version')) return null;
  if (!argv.some((a) => COMPARING.has(a))) return null;
  let name: string = 'node-rs';
  argv.forEach((a, i) => {
    if (a === '--segmenter') name = argv[i + 1] ?? name;
    else if (a.startsWith('--segmenter=')) name = a.slice('--segmenter='.length);
  });
  return (SEGMENTER_NAMES as readonly string[]).includes(name) ? (name as SegmenterName) : null;
}

/** Commands whose inputs are the files on the command line (the others read a seeds manifest). */
const ON_FILES = new Set(['diff', 'summary', 'review']);

/**
 * True when every input file on the line already has its tokens in the
 * cache (src/segment/token-cache.ts), so jieba will not be needed and is
 * better not started: nodejieba's thread, busy loading its dictionary, holds
 * ≈250 MB and delays the process's exit until the load is done (node-rs would
 * only read its index for nothing). Arguments that are not
 * files (option values, a misspelt path) are ignored; `-` (stdin) can't be
 * looked at in advance, so it answers false.
 */
export function inputsCached(argv: readonly string[], name: SegmenterName, env: NodeJS.ProcessEnv = process.env): boolean {
  const at = argv.findIndex((a) => COMPARING.has(a));
  if (!cacheDir(env) || at < 0 || !ON_FILES.has(argv[at])) return false;
  for (const arg of argv.slice(at + 1)) {
    if (arg === '-') return false;
    if (arg.startsWith('-')) continue;
    let bytes: Buffer | null = null;
    try {
      const file = parseSpec(arg).file;
      const info = statSync(file);
      // Too large to be read here: the pipeline refuses it, with its own message.
      if (info.isFile() && info.size > MAX_BYTES) return false;
      if (info.isFile()) bytes = readFileSync(file);
    } catch {
      // Not a spec of a readable file: an option's value, or trouble yargs and the pipeline will report in one line.
      continue;
    }
    if (bytes && !hasCachedTokens(name, bytesDigest(bytes), env)) return false;
  }
  return true;
}
