import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSummary, type SummaryOptions } from '../../src/cli/commands/summary.js';
import { InputError } from '../../src/errors.js';
import { carried, del, dropped, eq, ins, makeDiff, modified } from '../fixtures/summary/make-diff.js';

const OLD = 'seeds/gov-work-report-2024.txt';
const NEW = 'seeds/gov-work-report-2025.txt';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

async function summary(opts: Partial<SummaryOptions>) {
  let stdout = '';
  const code = await runSummary({
    old: OLD,
    new: NEW,
    format: 'markdown',
    limit: 20,
    exitCode: false,
    github: false,
    color: false,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    ...opts,
  });
  return { code, stdout };
}

const changed = makeDiff([modified([eq('国内生产总值'), del('超过126'), ins('达到134.9'), eq('万亿元')]), dropped('加快发展新质生产力')]);
const unchanged = makeDiff([carried('经济运行总体平稳、稳中有进')]);

describe('reportdiff summary', () => {
  it('exits 1 with --exit-code only when something changed', async () => {
    expect((await summary({ diff: changed, exitCode: true })).code).toBe(1);
    expect((await summary({ diff: unchanged, exitCode: true })).code).toBe(0);
    expect((await summary({ diff: changed })).code).toBe(0);
  });

  it('appends the Markdown to GITHUB_STEP_SUMMARY when it is set, whatever the format', async () => {
    dir = mkdtempSync(join(tmpdir(), 'summary-'));
    const file = join(dir, 'step-summary.md');
    writeFileSync(file, '# earlier step\n');
    const r = await summary({ diff: changed, format: 'text', env: { GITHUB_STEP_SUMMARY: file } });
    expect(r.stdout).toContain('[-超过126-]{+达到134.9+}');
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith('# earlier step\n## gov-work-report-2024.txt → gov-work-report-2025.txt\n')).toBe(true);
    expect(written).toContain('国内生产总值<del>超过126</del><ins>达到134.9</ins>万亿元');
  });

  it('refuses --github when GITHUB_STEP_SUMMARY is not set', async () => {
    await expect(summary({ diff: changed, github: true })).rejects.toBeInstanceOf(InputError);
  });

  it('prints the summary lists as JSON', async () => {
    const r = await summary({ diff: changed, format: 'json' });
    const s = JSON.parse(r.stdout);
    expect(s.numbers.items[0].new.figure).toBe('134.9万亿元');
    expect(s.dropped.map((g: { part: string; claims: { items: Array<{ text: string }> } }) => [g.part, g.claims.items.map((u) => u.text)])).toEqual([['other', ['加快发展新质生产力']]]);
  });

  it('summarises the real 2024 → 2025 Government Work Reports', async () => {
    const r = await summary({});
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`## ${OLD} → ${NEW}`);
    expect(lines).toContain('- 国内生产总值超过**126万亿元** → 国内生产总值达到**134.9万亿元** — *2024年工作回顾*');
    // The sections table pairs the 2024 task list with its 2025 successor.
    expect(r.stdout).toMatch(/\| 2024年政府工作任务 › 着力扩大国内需求，推动经济实现良性循环 \| 2025年政府工作任务 › 大力提振消费、提高投资效益，全方位扩大国内需求 \| 0\.\d\d \|/);
    // Capped at 20, the plan's links first and weak links last, which a line says.
    expect(r.stdout).toMatch(/### Reworded \(\d+\)\n\nThe \d+ in NEW's plan, from 「2025年经济社会发展总体要求和政策取向」 on, come first, the 2 that state a fiscal or monetary policy stance at their head; the last \d+ are weak links: check them\.\n\n(- .*\n){20}- … and \d+ more\n/);
  }, 60_000);
});
