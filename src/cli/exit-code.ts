/** Exit codes, as diff(1) uses them. */
export const ExitCode = {
  /** Success, or no changes. */
  ok: 0,
  /** Changes found, when --exit-code was given. */
  changes: 1,
  /** Trouble: bad input, bad usage, internal error. */
  trouble: 2,
} as const;

/** Handlers set this instead of exiting, so tests can call them in-process. */
export function setExitCode(code: number): void {
  process.exitCode = code;
}
