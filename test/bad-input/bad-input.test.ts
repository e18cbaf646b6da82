import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectJsonDiff, expectOneLineError, fixture } from './expect-cli.js';

/** The UTF-8 excerpt every re-encoded fixture is compared with: 2024 report, part 三 / （三）, two paragraphs. */
const EXCERPT = fixture('excerpt-2024.txt');
const SEED_2024 = 'seeds/gov-work-report-2024.txt';
const SEED_2025 = 'seeds/gov-work-report-2025.txt';
const json = (a: string, b: string, input?: string) => runCli(['diff', a, b, '--format', 'json'], { input });

describe('inputs that are refused: one line naming the file, exit 2', () => {
  it('an empty file', () => {
    expectOneLineError(json(fixture('empty.txt'), SEED_2024), fixture('empty.txt'), /file is empty/);
  });

  it('a file of whitespace only (spaces, tabs, U+3000, CRLF)', () => {
    expectOneLineError(json(SEED_2024, fixture('whitespace.txt')), fixture('whitespace.txt'), /empty .*whitespace/);
  });

  it('a PNG image', () => {
    expectOneLineError(json(fixture('tiny.png'), SEED_2024), fixture('tiny.png'), /looks like a PNG image, not a text file/);
  });

  it('a directory', () => {
    expectOneLineError(json('test/fixtures/bad', SEED_2024), 'test/fixtures/bad', /is a directory/);
  });

  it('a missing file', () => {
    expectOneLineError(json(SEED_2024, fixture('no-such-report.txt')), fixture('no-such-report.txt'), /no such file/);
  });

  it('empty stdin', () => {
    expectOneLineError(json('-', SEED_2024, ''), '-', /standard input is empty/);
  });

  it('a device that never ends (/dev/zero): read up to the size limit, then refused', () => {
    expectOneLineError(json(SEED_2024, '/dev/zero'), '/dev/zero', /file is too large \(more than 64 MB\)/);
  });

  it('output that cannot be written (a full disk: stdout on /dev/full): one line, exit 2', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip('no /dev/full here');
    const out = openSync('/dev/full', 'w');
    const cli = fileURLToPath(new URL('../../dist/bin/reportdiff.js', import.meta.url));
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    const r = spawnSync(process.execPath, [cli, 'diff', SEED_2024, SEED_2025], { cwd, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    closeSync(out);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^reportdiff: cannot write output: ENOSPC/)]);
  });

  it('an unreadable file (chmod 000)', (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-bad-'));
    const secret = join(dir, 'secret.txt');
    copyFileSync(fileURLToPath(new URL(`../../${EXCERPT}`, import.meta.url)), secret);
    chmodSync(secret, 0o000);
    // The folder itself open to all, so the file is found and only its reading is refused.
    chmodSync(dir, 0o755);
    const args = [fileURLToPath(new URL('../../dist/bin/reportdiff.js', import.meta.url)), 'diff', secret, EXCERPT];
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    // Root reads through chmod 000, so as root run the CLI as `nobody` (uid 65534), for whom it is enforced.
    const asRoot = process.getuid?.() === 0;
    // With the token cache on, as users have it: the entry looks at the inputs before anything else runs.
    const env = { ...process.env, REPORTDIFF_CACHE: '', REPORTDIFF_CACHE_DIR: join(dir, 'cache') };
    const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    if (r.error || (asRoot && /Cannot find module|EACCES.*main\.js/.test(r.stderr))) {
      ctx.skip(`cannot run the CLI as an unprivileged user here (${r.error?.message ?? r.stderr.split('\n')[0]}); permissions are not enforced for root`);
    }
    expectOneLineError({ code: r.status, stdout: r.stdout, stderr: r.stderr }, secret, /permission denied/);
  });
});

describe('Big5: the excerpt in Traditional characters, written with Python', () => {
  it('is read as Big5, not as GB18030 mojibake, and compares with the Simplified original as carried', () => {
    // Nearly every Big5 byte pair is valid GB18030 too; read so, 三、2024年政府工作任務 came out as 2024現┎ヴ叭.
    const diff = expectJsonDiff(json(EXCERPT, fixture('excerpt-2024.big5.txt')));
    expect(diff.diagnostics.some((d) => d.code === 'encoding-guessed' && d.message.includes('Big5'))).toBe(true);
    expect(diff.changes.some((c) => c.new?.text.includes('著力擴大國內需求'))).toBe(true);
    // OpenCC's round trip changes a character here and there: all but a few units are carried.
    expect(diff.counts.carried).toBeGreaterThanOrEqual(diff.old.units - 2);
    expect(diff.counts.new + diff.counts.dropped).toBe(0);
  });
});

describe('encodings and line ends: the same excerpt compares as unchanged', () => {
  it.each([
    ['GB18030 (written with Python)', 'excerpt-2024.gb18030.txt'],
    ['UTF-16 LE with BOM', 'excerpt-2024.utf16le.txt'],
    ['UTF-16 BE with BOM', 'excerpt-2024.utf16be.txt'],
    ['CRLF line ends', 'excerpt-2024.crlf.txt'],
  ])('%s', (_label, file) => {
    const diff = expectJsonDiff(json(EXCERPT, fixture(file)));
    expect(diff.new.units).toBeGreaterThan(30);
    expect(diff.counts).toEqual({ carried: diff.old.units, modified: 0, new: 0, dropped: 0, moved: 0, repeated: 0, weak: 0, unsure: 0 });
    expect(diff.changes.some((c) => c.new!.text.includes('培育壮大新型消费'))).toBe(true);
    expect(diff.changes.every((c) => !/[\r\uFFFD]/.test(c.new!.text))).toBe(true);
  });

  it.each([
    ['LE', 'excerpt-2024.utf16le.txt'],
    ['BE', 'excerpt-2024.utf16be.txt'],
  ])('UTF-16 %s without a BOM, even with its ASCII removed (hardly a NUL left), is recognised by its characters', (order, file) => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-utf16-'));
    // The committed fixture without its BOM, and the same text without digits, Latin letters and spaces.
    const bytes = readFileSync(fixture(file)).subarray(2);
    const noBom = join(dir, 'no-bom.txt');
    writeFileSync(noBom, bytes);
    const text = new TextDecoder(`utf-16${order.toLowerCase()}`).decode(bytes);
    const cjkOnly = join(dir, 'cjk-only.txt');
    const cjk = text.replace(/[0-9A-Za-z ]/g, '');
    writeFileSync(cjkOnly, order === 'LE' ? Buffer.from(cjk, 'utf16le') : Buffer.from(cjk, 'utf16le').swap16());
    for (const f of [noBom, cjkOnly]) {
      const diff = expectJsonDiff(json(EXCERPT, f));
      expect(diff.diagnostics.map((d) => d.message)).toContain(`no byte-order mark; guessed utf-16${order.toLowerCase()} from its characters`);
      expect(diff.counts.carried).toBeGreaterThan(30);
    }
  });

  it('GB18030 input is reported as a guessed encoding', () => {
    const diff = expectJsonDiff(json(EXCERPT, fixture('excerpt-2024.gb18030.txt')));
    expect(diff.diagnostics.map((d) => d.message).join('\n')).toMatch(/GB18030/);
  });

  it('a file cut mid-character keeps its text, rewords only the last clause and warns', () => {
    const bytes = readFileSync(new URL(`../../${fixture('excerpt-2024.truncated.txt')}`, import.meta.url));
    expect(bytes.at(-1)).toBe(0xe3); // first byte of 。 (E3 80 82): the cut is inside a character
    const diff = expectJsonDiff(json(EXCERPT, fixture('excerpt-2024.truncated.txt')));
    expect(diff.counts).toMatchObject({ carried: diff.old.units - 1, modified: 1, new: 0, dropped: 0 });
    const last = diff.changes.find((c) => c.kind === 'modified')!;
    expect(last.old!.text).toBe('在更多领域让民间投资进得来、能发展、有作为。');
    expect(last.new!.text).toBe('在更多领域让民间投资进得来、能发展、有作为\uFFFD');
    expect(diff.diagnostics.some((d) => d.code === 'invalid-utf8' && d.severity === 'warning')).toBe(true);
  });
});

describe('odd but valid documents give a correct diff', () => {
  it('no headings at all: real 2025 paragraphs are all found in the 2025 report', () => {
    const diff = expectJsonDiff(json(SEED_2025, fixture('no-headings.txt')));
    expect(diff.sections.filter((s) => s.new && s.new.length > 0)).toEqual([]);
    expect(diff.counts).toMatchObject({ modified: 0, new: 0 });
    // Each paragraph's first link is to itself; a clause 2025 says twice may link a second time, as a repeat.
    const firsts = diff.changes.filter((c) => c.new && c.repeats !== 'new');
    expect(firsts.every((c) => c.kind === 'carried' && c.old!.text === c.new!.text)).toBe(true);
    expect(diff.counts.carried).toBe(diff.new.units);
  });

  it('headings only: every heading of the 2024 outline finds its heading in the report', () => {
    const diff = expectJsonDiff(json(SEED_2024, fixture('headings-only.txt')));
    expect(diff.new.units).toBe(13);
    expect(diff.counts.new).toBe(0);
    const mod = diff.changes.find((c) => c.new?.text === '（三）着力扩大国内需求，推动经济实现良性循环');
    expect(mod?.old?.text).toBe('（三）着力扩大国内需求，推动经济实现良性循环。');
  });

  it('English only: sentences are units, a text against itself is unchanged', () => {
    const diff = expectJsonDiff(json(fixture('english.txt'), fixture('english.txt')));
    expect(diff.changes.map((c) => c.new!.text)).toContain('It was also the first year of this government\'s term of office.');
    expect(diff.counts).toEqual({ carried: diff.new.units, modified: 0, new: 0, dropped: 0, moved: 0, repeated: 0, weak: 0, unsure: 0 });
  });

  it('Japanese against a Chinese excerpt: ICU segmentation, nothing linked', () => {
    const diff = expectJsonDiff(json(EXCERPT, fixture('ja-old.txt')));
    expect(diff.segmenter).toBe('intl-ja');
    expect(diff.counts).toMatchObject({ carried: 0, modified: 0, new: diff.new.units, dropped: diff.old.units });
  });

  it('many duplicate sentences: each carried clause is linked once, the other copies repeat it (none is new: OLD says it)', () => {
    const diff = expectJsonDiff(json(EXCERPT, fixture('duplicates.txt')));
    const copies = diff.changes.filter((c) => c.new?.text.startsWith('培育壮大新型消费'));
    expect(copies).toHaveLength(100);
    const first = copies.filter((c) => c.kind === 'carried' && !c.repeats);
    expect(first).toHaveLength(1);
    const repeats = copies.filter((c) => c.kind === 'carried' && c.repeats === 'old');
    expect(repeats).toHaveLength(99);
    expect(repeats.every((c) => c.old!.id === first[0].old!.id)).toBe(true);
    expect(diff.counts.dropped).toBe(diff.old.units - diff.counts.carried);
  });
});

describe('a token cache folder that cannot be made', () => {
  it.runIf(process.platform === 'linux')('costs nothing but the cache: the diff is printed, exit 0 (/proc cannot hold folders)', () => {
    // Node's own recursive mkdir retried /proc/… forever; the CLI hung after printing.
    const r = runCli(['diff', EXCERPT, EXCERPT, '--format', 'json'], { env: { REPORTDIFF_CACHE: 'on', REPORTDIFF_CACHE_DIR: '/proc/reportdiff-test/cache' } });
    expect(r.code).toBe(0);
    expect(expectJsonDiff(r).counts.carried).toBeGreaterThan(30);
  });
});

describe('a working folder deleted under the CLI', () => {
  it('is one line and exit 2 (yargs asks for the folder as it loads)', () => {
    const gone = mkdtempSync(join(tmpdir(), 'reportdiff-gone-'));
    const cli = fileURLToPath(new URL('../../dist/bin/reportdiff.js', import.meta.url));
    const seedAt = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
    const script = `cd "$1" && rmdir "$1" && exec "$2" "$3" diff "$4" "$5"`;
    const r = spawnSync('sh', ['-c', script, 'sh', gone, process.execPath, cli, seedAt(SEED_2024), seedAt(SEED_2025)], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('reportdiff: the current folder no longer exists; cd into one that does\n');
  });
});

describe('a file whose name holds a `#`', () => {
  it('is that file, not a part suffix; a suffix naming no file is still an unknown part', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportdiff-hash-'));
    const named = join(dir, 'report#2024.txt');
    copyFileSync(EXCERPT, named);
    const diff = expectJsonDiff(json(EXCERPT, named));
    expect(diff.counts.new + diff.counts.dropped + diff.counts.modified).toBe(0);
    expectOneLineError(json(EXCERPT, `${EXCERPT}#reviw`), `${EXCERPT}#reviw`, /unknown part "#reviw"/);
  });
});

describe('command lines that are refused: one line, exit 2, nothing on stdout', () => {
  const oneLine = (args: string[], problem: RegExp) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(problem)]);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  };

  it.each([
    ['an unknown format (yargs spreads this one over three lines)', ['diff', SEED_2024, SEED_2025, '--format', 'nope'], /^reportdiff: Invalid values: Argument: format, Given: "nope", Choices: .*\(see reportdiff --help\)$/],
    ['a missing operand', ['diff', SEED_2024], /^reportdiff: Not enough non-option arguments/],
    ['an unknown option', ['diff', SEED_2024, SEED_2025, '--bogus'], /^reportdiff: Unknown argument: bogus/],
    ['a --limit that is not a number', ['summary', SEED_2024, SEED_2025, '--limit', 'abc'], /^reportdiff: --limit takes a whole number, 0 or more/],
    ['a negative --limit', ['summary', SEED_2024, SEED_2025, '--limit=-5'], /^reportdiff: --limit takes a whole number, 0 or more/],
    ['a fractional --limit', ['summary', SEED_2024, SEED_2025, '--limit', '2.5'], /^reportdiff: --limit takes a whole number, 0 or more/],
  ])('%s', (_what, args, problem) => oneLine(args, problem));

  it('a file name holding a newline and an escape character is printed escaped, on one line', () => {
    oneLine(['diff', SEED_2024, 'no\nsuch\u001b[31m.txt'], /^reportdiff: no\\u000asuch\\u001b\[31m\.txt: no such file$/);
  });
});
