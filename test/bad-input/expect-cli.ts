import { expect } from 'vitest';
import type { CliResult } from '../helpers/run-cli.js';
import type { ReportDiff } from '../../src/report.js';
import { expectDiffInvariants } from '../helpers/invariants.js';

/** Fixture path relative to the project root (runCli runs there), as a user would type it. */
export const fixture = (name: string) => `test/fixtures/bad/${name}`;

/**
 * The bad-input contract: exit 2, nothing on stdout, exactly one line on
 * stderr that names the file and says what is wrong, and no stack trace.
 */
export function expectOneLineError(r: CliResult, file: string, problem: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toBe(`reportdiff: ${file}: ${lines[0].slice(`reportdiff: ${file}: `.length)}`);
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}

/** A successful `--format json` run: exit 0, parseable, contract kept. */
export function expectJsonDiff(r: CliResult): ReportDiff {
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code).toBe(0);
  const diff = JSON.parse(r.stdout) as ReportDiff;
  expectDiffInvariants(diff);
  return diff;
}
