import type { CommandModule } from 'yargs';
import { compareFiles } from '../../pipeline.js';
import { renderJson } from '../../render/json/index.js';
import { renderText } from '../../render/text/index.js';
import { resolveColor } from '../color.js';
import { comparisonArgs } from '../comparison-args.js';
import { ExitCode, setExitCode } from '../exit-code.js';
import { writeWarnings } from '../warnings.js';
import { hasChanges } from '../../diff/has-changes.js';
import type { SegmenterName } from '../../segment/segmenter.js';

export interface DiffArgs {
  old: string;
  new: string;
  format: 'text' | 'markdown' | 'json';
  'exit-code': boolean;
  encoding?: string;
  color: 'auto' | 'always' | 'never';
  segmenter: SegmenterName;
}


/** `reportdiff diff OLD NEW`: compare two reports (or parts of them) and print the changes. */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff <old> <new>',
  describe: 'Compare OLD with NEW (FILE, FILE#review, FILE#plan, or - for stdin)',
  builder: (y) =>
    comparisonArgs(y)
      .option('format', { alias: 'f', choices: ['text', 'markdown', 'json'] as const, default: 'text' as const })
      .option('exit-code', { type: 'boolean', default: false, describe: 'Exit 1 when there are changes' }) as never,
  handler: async (argv) => {
    const diff = await compareFiles(argv.old, argv.new, { segmenter: argv.segmenter, encoding: argv.encoding, last: true });
    let out: string;
    if (argv.format === 'json') out = renderJson(diff);
    else if (argv.format === 'markdown') out = (await import('../../render/markdown/index.js')).renderMarkdown(diff);
    else out = renderText(diff, { color: resolveColor(argv.color, process.stdout) });
    process.stdout.write(out);
    writeWarnings(diff.diagnostics);
    setExitCode(argv['exit-code'] && hasChanges(diff.counts) ? ExitCode.changes : ExitCode.ok);
  },
};
