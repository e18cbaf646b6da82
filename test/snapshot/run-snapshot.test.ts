import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSnapshot } from '../../src/cli/commands/snapshot.js';
import { readManifest, type SeedEntry } from '../../src/seeds/manifest.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const real = readManifest(SEEDS).reports;
const entry = (file: string) => real.find((r) => r.file === file)!;
const ACFTU = entry('acftu-2023.txt');
const GOV24 = entry('gov-work-report-2024.txt');
const GOV25 = entry('gov-work-report-2025.txt');
const PAIR = 'gov-work-report-2024--gov-work-report-2025';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A temporary seeds folder holding copies of three real seeds and a manifest that lists `listed`. */
function setup(listed: SeedEntry[]): { seeds: string; out: string } {
  dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  for (const r of [ACFTU, GOV24, GOV25]) writeFileSync(join(seeds, r.file), readFileSync(join(SEEDS, r.file)));
  list(seeds, listed);
  return { seeds, out: join(dir, 'snapshots') };
}

function list(seeds: string, listed: SeedEntry[]): void {
  writeFileSync(join(seeds, 'manifest.json'), JSON.stringify({ version: 1, reports: listed }, null, 2));
}

async function run(mode: 'check' | 'update', where: { seeds: string; out: string }) {
  let stdout = '';
  let stderr = '';
  const code = await runSnapshot({
    mode,
    ...where,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

describe('runSnapshot', () => {
  it('writes one .md and one .json per planned comparison, with relative names only', async () => {
    const where = setup([ACFTU, GOV24, GOV25]);
    const up = await run('update', where);
    expect(up.code).toBe(0);
    expect(up.stderr.split('\n').filter(Boolean)).toEqual([
      '[1/5] acftu-2023--review-vs-plan',
      '[2/5] gov-work-report-2024--review-vs-plan',
      '[3/5] gov-work-report-2025--review-vs-plan',
      `[4/5] ${PAIR}`,
      '[5/5] gov-work-report-2024-plan--gov-work-report-2025-review',
    ]);
    expect(readdirSync(where.out)).toHaveLength(10);
    const json = readFileSync(join(where.out, 'gov-work-report-2024-plan--gov-work-report-2025-review.json'), 'utf8');
    const diff = JSON.parse(json);
    // Names are the seed files, relative; the part is in `selection`.
    expect([diff.old.name, diff.new.name]).toEqual(['gov-work-report-2024.txt', 'gov-work-report-2025.txt']);
    expect([diff.old.selection, diff.new.selection]).toEqual(['plan', 'review']);
    expect(json).not.toContain(dir);
    const md = readFileSync(join(where.out, `${PAIR}.md`), 'utf8');
    expect(md.split('\n')[0]).toBe('## gov-work-report-2024.txt → gov-work-report-2025.txt');
    expect(md).toContain('国内生产总值超过**126万亿元** → 国内生产总值达到**134.9万亿元**');
    const check = await run('check', where);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('All 10 snapshot files of 5 comparisons are up to date.\n');
  }, 60_000);

  it('fails --check on an added seed until -u, showing the new comparison', async () => {
    const where = setup([ACFTU, GOV24]);
    expect((await run('update', where)).code).toBe(0);
    list(where.seeds, [ACFTU, GOV24, GOV25]);
    const check = await run('check', where);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`+ ${where.out}/${PAIR}.md is missing: a new comparison. Its summary:\n\n## gov-work-report-2024.txt → gov-work-report-2025.txt`);
    expect(check.stdout).toContain('reportdiff snapshot -u');
    expect(check.stdout).toContain('npm run cli -- snapshot -u');
    expect((await run('update', where)).stdout).toContain(`added ${where.out}/${PAIR}.md\n`);
    expect((await run('check', where)).code).toBe(0);
  }, 60_000);

  it('fails --check with a line diff when a seed was edited', async () => {
    const where = setup([GOV24, GOV25]);
    await run('update', where);
    const file = join(where.seeds, GOV25.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('国内生产总值达到134.9万亿元', '国内生产总值达到135.2万亿元'));
    const check = await run('check', where);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`✗ ${where.out}/${PAIR}.md differs from what the seeds give now:\n--- a${where.out}/${PAIR}.md`);
    const lines = check.stdout.split('\n');
    expect(lines).toContain('-- 国内生产总值超过**126万亿元** → 国内生产总值达到**134.9万亿元** — *2024年工作回顾*');
    expect(lines).toContain('+- 国内生产总值超过**126万亿元** → 国内生产总值达到**135.2万亿元** — *2024年工作回顾*');
  }, 60_000);

  it('reports snapshots of a removed seed as obsolete, and -u deletes them', async () => {
    const where = setup([GOV24, GOV25]);
    await run('update', where);
    writeFileSync(join(where.out, 'README.md'), 'not a snapshot\n');
    list(where.seeds, [GOV24]);
    const check = await run('check', where);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`- ${where.out}/${PAIR}.json is obsolete`);
    expect(check.stdout).toContain(`- ${where.out}/${PAIR}.md is obsolete`);
    expect(check.stdout).not.toContain('README');
    const up = await run('update', where);
    expect(up.stdout).toContain(`deleted ${where.out}/${PAIR}.md\n`);
    expect(readdirSync(where.out).sort()).toEqual(['README.md', 'gov-work-report-2024--review-vs-plan.json', 'gov-work-report-2024--review-vs-plan.md']);
  }, 60_000);
});

describe('runSnapshot on a manifest whose entries are not plain file names', () => {
  it.each([
    ['a path into a subfolder', 'sub/gov-work-report-2024.txt'],
    ['a path out of the seeds folder', '../gov-work-report-2024.txt'],
    ['a part suffix', 'gov-work-report-2024.txt#review'],
  ])('refuses %s before writing anything', async (_what, file) => {
    const where = setup([GOV24]);
    list(where.seeds, [{ ...GOV24, file }, GOV25]);
    await expect(run('update', where)).rejects.toThrow(/"file" must be a file name in the seeds folder, not a path/);
    expect(() => readdirSync(where.out)).toThrow(/ENOENT/);
  });

  it('refuses a null entry with a message naming the manifest, not a TypeError', () => {
    const where = setup([GOV24]);
    writeFileSync(join(where.seeds, 'manifest.json'), JSON.stringify({ version: 1, reports: [null] }));
    expect(() => readManifest(where.seeds)).toThrow(/entry 0 needs "file", "series" and an integer "year"/);
  });
});

describe('runSnapshot into a folder that cannot be made', () => {
  it.runIf(process.platform === 'linux')('fails with the folder named, instead of hanging (/proc cannot hold folders)', async () => {
    // Node's own recursive mkdir retried /proc/… forever.
    const where = { ...setup([ACFTU]), out: '/proc/reportdiff-test/snapshots' };
    await expect(run('update', where)).rejects.toThrow(/cannot create the snapshot folder \(ENOENT\)/);
  }, 20_000);
});
