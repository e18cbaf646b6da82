/**
 * The one error type stages throw for bad input. `cli/main.ts` turns it into
 * a single line on stderr (`reportdiff: FILE: message`) and exit code 2.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    /** The file the problem is in, as the user named it (`-` for stdin), or null. */
    readonly file: string | null,
    message: string,
    /** Stable code for tests and JSON, e.g. `empty`, `binary`, `not-found`. */
    readonly code: string = 'bad-input',
  ) {
    super(message);
  }
}
