import { createRequire } from 'node:module';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';
import { InputError } from '../errors.js';
import { SEGMENTER_NAMES } from '../segment/segmenter.js';
import { ExitCode } from './exit-code.js';
import { protectStdinArgs } from './stdin-arg.js';
import { badBooleanValue } from './strict-booleans.js';
import { oneLine, printable } from './printable.js';

/**
 * The only place that exits the process: handlers return an exit code or
 * throw; bad input becomes one line on stderr and exit 2, never a stack trace.
 */
async function main(argv: string[]): Promise<number> {
  let code: number = ExitCode.ok;
  const args = protectStdinArgs(argv);
  const parser = yargs(args)
    .scriptName('reportdiff')
    .usage('$0 <command> [options]\n\nCompare annual work reports (Chinese and other CJK languages) across years.')
    .option('color', {
      choices: ['auto', 'always', 'never'] as const,
      default: 'auto' as const,
      describe: 'Colour the text output (NO_COLOR is honoured in auto)',
      global: true,
    })
    .option('segmenter', {
      choices: SEGMENTER_NAMES,
      default: 'node-rs' as const,
      describe: 'Word segmenter backend',
      global: true,
    })
    .demandCommand(1, 'Name a command: diff, summary, review, snapshot')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(Math.min(100, process.stdout.columns || 80))
    .fail((msg, err) => {
      // yargs' own validation comes as a YError, or as the bare string a failed .check returned: usage errors too.
      const e: unknown = err;
      if (e instanceof Error && e.name !== 'YError') throw e;
      throw new UsageError(msg ?? (e instanceof Error ? e.message : String(e ?? 'invalid command line')));
    });
  for (const c of commands) parser.command(c as never);
  // Before validation, when the command's own options are known too.
  parser.middleware(((_argv: unknown, y: unknown) => {
    const problem = badBooleanValue(args, (y as { getOptions(): { boolean: string[] } }).getOptions().boolean);
    if (problem) throw new UsageError(problem);
    // @types/yargs omits the middleware's second argument, the parser.
  }) as never, true);
  skipHelpCache(parser);
  try {
    await parser.parseAsync();
    // Handlers report through setExitCode (they never exit themselves).
    code = Number(process.exitCode ?? ExitCode.ok);
  } catch (err) {
    code = reportError(err);
  }
  return code;
}

class UsageError extends Error {}

/**
 * yargs renders the whole help text (string widths of every line) each time
 * a command's handler starts, to show it should the handler fail later. Ours
 * fail through .fail above with one line and never show that help, and on a
 * cold `diff` the rendering costs ≈0.01 s before the reports are read. The hook
 * is internal to yargs, so it is patched only where it exists.
 */
function skipHelpCache(parser: object): void {
  const internal = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } })
    .getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/**
 * Our version, read from our package.json (two folders up from both dist/cli/
 * and the bundle in dist/bin/): yargs' own guess looks beside node_modules,
 * which a bundle is not.
 */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

function reportError(err: unknown): number {
  if (err instanceof InputError) {
    process.stderr.write(`reportdiff: ${err.file ? `${printable(err.file)}: ` : ''}${oneLine(err.message)}\n`);
  } else if (err instanceof UsageError) {
    // yargs spreads some messages over lines (`Invalid values:` / `  Argument: …`): one line, as every error.
    process.stderr.write(`reportdiff: ${oneLine(err.message)} (see reportdiff --help)\n`);
  } else if (err && typeof err === 'object' && 'code' in err && (err as { code: unknown }).code === 'EPIPE') {
    return ExitCode.ok;
  } else {
    const e = err as Error;
    process.stderr.write(`reportdiff: internal error: ${oneLine(e?.message ?? String(err))}\n`);
    if (process.env.REPORTDIFF_DEBUG) process.stderr.write(`${e?.stack}\n`);
  }
  return ExitCode.trouble;
}

// `reportdiff diff A B | head` closes the pipe early: that is the reader's
// choice, not trouble, so stop quietly instead of printing a stack trace.
process.stdout.on('error', outputFailed);

function outputFailed(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(ExitCode.ok);
  process.stderr.write(`reportdiff: cannot write output: ${err.message}\n`);
  process.exit(ExitCode.trouble);
}

/**
 * Ends the process as soon as what was written has left, instead of letting
 * the event loop run dry on its own, which cost a cold `diff` ≈0.03 s more
 * (measured, `npm run bench`). Nothing else is pending by then: handlers
 * await their own writes (snapshots, the step summary, the terminal UI's
 * exit), and stdout and stderr are flushed first — on a pipe that writes
 * asynchronously, through a write callback, which runs once every earlier
 * write is done.
 */
function exitWhenFlushed(code: number): void {
  // A write to a file fails at once (a full disk: `> /dev/full`), but the
  // error event would come after this exit: the stream already holds it.
  const failed = process.stdout.errored as NodeJS.ErrnoException | null;
  if (failed) return outputFailed(failed);
  process.exitCode = code;
  const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  let left = pending.length;
  if (left === 0) process.exit(code);
  for (const stream of pending) {
    stream.write('', (err) => {
      if (err && stream === process.stdout) return outputFailed(err);
      if (--left === 0) process.exit(code);
    });
  }
}

main(hideBin(process.argv)).then(exitWhenFlushed, (err) => exitWhenFlushed(reportError(err)));
