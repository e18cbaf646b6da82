#!/usr/bin/env node
/**
 * The CLI entry, kept to what must happen before anything else loads: a
 * command that compares reports with nodejieba starts its dictionary loading
 * on its own thread (seconds, most of such a run), and only then are yargs
 * and the pipeline imported, so the two overlap. (node-rs loads only what
 * each text needs, in line: see load-segmenter.ts.)
 */
import { loadsOnThread, preloadSegmenter } from '../segment/load-segmenter.js';
import { inputsCached, segmenterToPreload } from './preload-args.js';

const argv = process.argv.slice(2);
const name = segmenterToPreload(argv);
if (name && loadsOnThread(name) && !inputsCached(argv, name)) preloadSegmenter(name);
// Not awaited at top level: the bundled CLI (scripts/bundle.mjs) is CommonJS, which has no top-level await.
void import('./run.js');
