import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/run-cli.js';
import { expectDiffInvariants } from '../helpers/invariants.js';
import type { ReportDiff } from '../../src/report.js';

const OLD = 'seeds/gov-work-report-2024.txt';
const NEW = 'seeds/gov-work-report-2025.txt';

describe('reportdiff diff', () => {
  it('prints JSON that keeps the contract of the README', () => {
    const r = runCli(['diff', OLD, NEW, '--format', 'json']);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as ReportDiff;
    expect(diff.version).toBe(2);
    expect(diff.old.years).toContain(2024);
    expect(diff.new.years).toContain(2025);
    expectDiffInvariants(diff);
    const taskPair = diff.sections.find((s) => s.new?.join('/').includes('全方位扩大国内需求'));
    expect(taskPair?.old?.join('/')).toContain('着力扩大国内需求');
    expect(r.stderr).toBe('');
  });

  it('prints a text report without colour when stdout is not a terminal, and with it on --color always', () => {
    const plain = runCli(['diff', OLD, NEW]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^--- seeds\/gov-work-report-2024\.txt/);
    expect(plain.stdout).toMatch(/\d+ new, \d+ dropped, \d+ reworded/);
    expect(plain.stdout).toContain('{+');
    expect(plain.stdout).not.toContain('\x1b[');
    const coloured = runCli(['diff', OLD, NEW, '--color', 'always']);
    expect(coloured.stdout).toContain('\x1b[');
  });

  it('compares parts: the 2024 plan against the 2025 review (promised vs reported)', () => {
    const r = runCli(['diff', `${OLD}#plan`, `${NEW}#review`, '--format', 'json']);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as ReportDiff;
    expect(diff.old.selection).toBe('plan');
    expect(diff.new.selection).toBe('review');
    expectDiffInvariants(diff);
    // The 2024 plan's targets and programmes come back in the 2025 review as results.
    const jobs = diff.changes.find((x) => x.old?.text.includes('城镇调查失业率5.5%左右'));
    expect(jobs?.new?.text).toContain('城镇调查失业率平均为5.1%');
    const silver = diff.changes.find((x) => x.old?.text.includes('大力发展银发经济'));
    expect(silver?.new?.text).toContain('银发经济');
  });

  it('reads one side from stdin with -', () => {
    const r = runCli(['diff', OLD, '-', '--format', 'json'], { input: readFileSync(NEW) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ReportDiff).new.name).toBe('-');
  });

  it('exits 1 with --exit-code when there are changes, 0 when there are none', () => {
    expect(runCli(['diff', OLD, NEW, '--exit-code', '--format', 'json']).code).toBe(1);
    const same = runCli(['diff', OLD, OLD, '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('0 new, 0 dropped, 0 reworded, 0 moved');
  });

  it('names the file and the problem in one line, exit 2, for a missing file', () => {
    const r = runCli(['diff', 'seeds/no-such-report.txt', NEW]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('seeds/no-such-report.txt');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 2 on a part the report does not have, and on bad usage', () => {
    const r = runCli(['diff', `${OLD}#summary`, NEW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('#summary');
    expect(runCli(['diff', OLD]).code).toBe(2);
  });

  it('refuses a flag given a value other than true or false, rather than reading it as off', () => {
    const maybe = runCli(['diff', OLD, OLD, '--exit-code=maybe']);
    expect(maybe.code).toBe(2);
    expect(maybe.stdout).toBe('');
    expect(maybe.stderr.trim().split('\n')).toEqual(['reportdiff: --exit-code takes no value, or true or false (got “maybe”) (see reportdiff --help)']);
    // The spellings yargs documents still work: the 2024 report against itself has no changes, against 2025 it has.
    expect(runCli(['diff', OLD, NEW, '--exit-code=true', '--format', 'json']).code).toBe(1);
    expect(runCli(['diff', OLD, NEW, '--exit-code=false', '--format', 'json']).code).toBe(0);
  });

  it('writes warnings about the input to stderr, each once, and only the report to stdout', () => {
    // The ACFTU seed starts mid-section: its first headings are lost, which deserves a warning.
    const r = runCli(['diff', 'seeds/acftu-2023.txt#review', 'seeds/acftu-2023.txt#plan']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/starts past its first heading/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain('reportdiff: warning: seeds/acftu-2023.txt: text starts past its first heading: “（二）” is the first of its kind');
    expect(new Set(lines).size).toBe(lines.length);
    // JSON keeps them as data too.
    const json = JSON.parse(runCli(['diff', 'seeds/acftu-2023.txt#review', 'seeds/acftu-2023.txt#plan', '--format', 'json']).stdout) as ReportDiff;
    expect(json.diagnostics.some((d) => d.code === 'heading-lost')).toBe(true);
  });
});

/** The built CLI diffing the two seeds to JSON, with its output on a pipe this test reads. */
function spawnJsonDiff(): ChildProcessWithoutNullStreams {
  const main = fileURLToPath(new URL('../../dist/bin/reportdiff.js', import.meta.url));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return spawn(process.execPath, [main, 'diff', OLD, NEW, '--format', 'json'], { cwd: root });
}

describe('reportdiff diff | head', () => {
  it('stops quietly, exit 0, when the reader closes the pipe early', async () => {
    const child = spawnJsonDiff();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|at .*\.js/);
  });
});

describe('reportdiff diff into a slow reader', () => {
  it('writes the whole output before it exits, however slowly the pipe drains', async () => {
    const child = spawnJsonDiff();
    const chunks: Buffer[] = [];
    // Read a chunk, then stop reading for a while: the pipe fills and the writer must wait.
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(chunks.length).toBeGreaterThan(3);
    const diff = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReportDiff;
    expect(diff.changes.length).toBe(Object.values(diff.counts).reduce((a, b) => a + b, 0) - diff.counts.moved - diff.counts.weak - diff.counts.unsure);
  });
});
