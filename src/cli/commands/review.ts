import type { CommandModule } from 'yargs';
import { compareReports, loadReport } from '../../pipeline.js';
import { renderText } from '../../render/text/index.js';
import { resolveColor } from '../color.js';
import { comparisonArgs } from '../comparison-args.js';
import type { SegmenterName } from '../../segment/segmenter.js';
import { importTui } from '../import-tui.js';

export interface ReviewArgs {
  old: string;
  new: string;
  encoding?: string;
  color: 'auto' | 'always' | 'never';
  segmenter: SegmenterName;
}

/**
 * Compares two specs and opens the interactive review, or prints the text
 * report when there is no terminal to draw on (a pipe, CI), saying why on
 * stderr so the change of behaviour is never silent.
 */
export async function reviewSpecs(oldSpec: string, newSpec: string, argv: Omit<ReviewArgs, 'old' | 'new'>): Promise<void> {
  const opts = { segmenter: argv.segmenter, encoding: argv.encoding };
  const [oldR, newR] = await Promise.all([loadReport(oldSpec, opts), loadReport(newSpec, opts)]);
  const diff = compareReports(oldR, newR, { ...opts, last: true });
  const why = !process.stdout.isTTY ? 'stdout' : !process.stdin.isTTY ? 'stdin' : null;
  if (why) {
    process.stderr.write(`reportdiff: ${why} is not a terminal; printing the text report instead of the interactive view\n`);
    process.stdout.write(renderText(diff, { color: resolveColor(argv.color, process.stdout) }));
    return;
  }
  const { runReview } = await importTui();
  await runReview(diff, { oldText: oldR.text, newText: newR.text });
}

/** `reportdiff review OLD NEW`: read a comparison section by section in the terminal. */
export const reviewCommand: CommandModule<object, ReviewArgs> = {
  command: 'review <old> <new>',
  describe: 'Read the comparison of OLD and NEW interactively (FILE, FILE#review, FILE#plan)',
  builder: (y) =>
    comparisonArgs(y) as never,
  handler: (argv) => reviewSpecs(argv.old, argv.new, argv),
};
