#!/usr/bin/env node
/**
 * The CLI entry, kept to what must happen before anything else loads: a
 * command that compares reports gets its segmenter's loading going (with
 * nodejieba, its dictionary on a thread of its own: seconds, most of such a
 * run; with node-rs, the read of its dictionary index), and only then are
 * yargs and the pipeline imported, so the two overlap.
 */
import { preloadSegmenter } from '../segment/load-segmenter.js';
import { tuneHeapForShortRuns } from './tune-heap.js';
import { inputsCached, segmenterToPreload } from './preload-args.js';

tuneHeapForShortRuns();
// yargs asks for the working folder as it loads; when that folder was deleted the answer is a throw, not a path.
try {
  process.cwd();
} catch {
  process.stderr.write('reportdiff: the current folder no longer exists; cd into one that does\n');
  process.exit(2);
}
const argv = process.argv.slice(2);
const name = segmenterToPreload(argv);
if (name && !inputsCached(argv, name)) preloadSegmenter(name);
// Not awaited at top level: the bundled CLI (scripts/bundle.mjs) is CommonJS, which has no top-level await.
void import('./run.js');
