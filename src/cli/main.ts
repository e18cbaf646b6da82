#!/usr/bin/env node
/**
 * The CLI entry, kept to what must happen before anything else loads: a
 * command that compares reports starts jieba's dictionary loading on its own
 * thread (most of a cold run), and only then are yargs and the pipeline
 * imported, so the two overlap.
 */
import { preloadSegmenter } from '../segment/load-segmenter.js';
import { inputFiles, inputsCached, segmenterToPreload } from './preload-args.js';

const argv = process.argv.slice(2);
const name = segmenterToPreload(argv);
if (name && !inputsCached(argv, name)) preloadSegmenter(name, inputFiles(argv));
// Not awaited at top level: the bundled CLI (scripts/bundle.mjs) is CommonJS, which has no top-level await.
void import('./run.js');
