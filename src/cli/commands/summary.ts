import { appendFile } from '../../fs/callback-fs.js';
import type { CommandModule } from 'yargs';
import { InputError } from '../../errors.js';
import type { ReportDiff } from '../../report.js';
import type { SegmenterName } from '../../segment/segmenter.js';
import { buildSummary, DEFAULT_LIMIT } from '../../summary/index.js';
import { resolveColor } from '../color.js';
import { comparisonArgs } from '../comparison-args.js';
import { ExitCode, setExitCode } from '../exit-code.js';
import { writeWarnings } from '../warnings.js';
import type { OutputStreams } from './snapshot.js';

export interface SummaryOptions extends Partial<OutputStreams> {
  old: string;
  new: string;
  format: 'markdown' | 'json' | 'text';
  limit: number;
  exitCode: boolean;
  /** Append the Markdown to `$GITHUB_STEP_SUMMARY` (also done whenever that is set). */
  github: boolean;
  color: boolean;
  encoding?: string;
  segmenter?: SegmenterName;
  /** Environment to read GITHUB_STEP_SUMMARY from (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** A diff already computed, instead of comparing `old` with `new` (tests). */
  diff?: ReportDiff;
}

/** Prints the one-screen summary of OLD → NEW and returns the exit code (1 for changes with `exitCode`). */
export async function runSummary(opts: SummaryOptions): Promise<number> {
  const env = opts.env ?? process.env;
  const stepSummary = env.GITHUB_STEP_SUMMARY;
  if (opts.github && !stepSummary) {
    throw new InputError(null, '--github appends to the file named by GITHUB_STEP_SUMMARY, which is not set', 'no-step-summary');
  }
  // Loaded here, not at the top: every command module is imported at start-up, and `diff` should not pay for these.
  const [{ compareFiles }, { renderSummaryMarkdown, renderSummaryText }] = await Promise.all([
    import('../../pipeline.js'),
    import('../../render/markdown/index.js'),
  ]);
  const diff = opts.diff ?? (await compareFiles(opts.old, opts.new, { segmenter: opts.segmenter, encoding: opts.encoding, last: true }));
  const summary = buildSummary(diff, { limit: opts.limit });
  const markdown = renderSummaryMarkdown(summary);
  const out =
    opts.format === 'markdown' ? markdown : opts.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryText(summary, { color: opts.color });
  (opts.stdout ?? process.stdout).write(out);
  if (!opts.diff) writeWarnings(diff.diagnostics, opts.stderr);
  if (stepSummary) await appendFile(stepSummary, `${markdown}\n`);
  return opts.exitCode && summary.changed ? ExitCode.changes : ExitCode.ok;
}

interface SummaryArgs {
  old: string;
  new: string;
  format: 'markdown' | 'json' | 'text';
  limit: number;
  'exit-code': boolean;
  github: boolean;
  encoding?: string;
  color: 'auto' | 'always' | 'never';
  segmenter: SegmenterName;
}

/** `reportdiff summary OLD NEW`: counts, section alignment, and capped lists of what changed. */
export const summaryCommand: CommandModule<object, SummaryArgs> = {
  command: 'summary <old> <new>',
  describe: 'One screen of what changed: counts, sections, new, dropped, reworded, moved, changed figures',
  builder: (y) =>
    comparisonArgs(y)
      .option('format', { alias: 'f', choices: ['text', 'markdown', 'json'] as const, default: 'text' as const })
      .option('limit', { type: 'number', default: DEFAULT_LIMIT, describe: 'Longest list shown before "… and N more" (0: no limit)' })
      .option('exit-code', { type: 'boolean', default: false, describe: 'Exit 1 when anything is new, dropped, reworded or moved' })
      .option('github', { type: 'boolean', default: false, describe: 'Append the Markdown to $GITHUB_STEP_SUMMARY (automatic when it is set)' })
      // yargs reads `--limit abc` as NaN and keeps -5 and 2.5, which all meant "no limit" or odd counts.
      .check((a) => (Number.isInteger(a.limit) && a.limit >= 0) || '--limit takes a whole number, 0 or more') as never,
  handler: async (argv) => {
    const code = await runSummary({
      old: argv.old,
      new: argv.new,
      format: argv.format,
      limit: argv.limit,
      exitCode: argv['exit-code'],
      github: argv.github,
      color: resolveColor(argv.color, process.stdout),
      encoding: argv.encoding,
      segmenter: argv.segmenter,
    });
    setExitCode(code);
  },
};
