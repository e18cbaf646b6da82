/**
 * yargs turns a lone `-` argument into an empty string (or `true`), so
 * main.ts swaps it for this token before parsing and commands swap it back
 * with `specArg`.
 */
export const STDIN_TOKEN = '\u0000stdin';

/** Replaces lone `-` arguments with the token yargs leaves alone. */
export function protectStdinArgs(argv: string[]): string[] {
  return argv.map((a) => (a === '-' ? STDIN_TOKEN : a));
}

/** The spec a command received, with `-` restored for stdin. */
export function specArg(value: unknown): string {
  const s = String(value);
  return s.startsWith(STDIN_TOKEN) ? `-${s.slice(STDIN_TOKEN.length)}` : s;
}
