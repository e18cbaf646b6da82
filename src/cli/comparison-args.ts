import type { Argv } from 'yargs';
import { specArg } from './stdin-arg.js';

/**
 * The arguments every comparing command takes (diff, summary, review): OLD
 * and NEW specs, `-` restored for stdin, and the input encoding.
 */
export function comparisonArgs<T>(y: Argv<T>) {
  return y
    .positional('old', {
      type: 'string',
      demandOption: true,
      coerce: specArg,
      describe: 'The earlier report: FILE, FILE#review, FILE#plan, or - for stdin',
    })
    .positional('new', { type: 'string', demandOption: true, coerce: specArg, describe: 'The later report' })
    .option('encoding', { type: 'string', describe: 'Input encoding (default: detect)' });
}
