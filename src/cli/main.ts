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
const argv = process.argv.slice(2);
const name = segmenterToPreload(argv);
if (name && !inputsCached(argv, name)) preloadSegmenter(name);
// Not awaited at top level: the bundled CLI (scripts/bundle.mjs) is CommonJS, which has no top-level await.
void import('./run.js');
