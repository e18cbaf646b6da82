import type { SegmenterName } from '../segment/segmenter.js';

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
  return name === 'node-rs' || name === 'nodejieba' ? name : null;
}
