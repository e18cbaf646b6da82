import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/pipeline.js';
import { ingestText } from '../../src/ingest/index.js';
import { expectDiffInvariants } from '../helpers/invariants.js';
import { seed } from '../helpers/seeds.js';

const REPORTS = ['2014', '2016', '2017', '2018', '2020', '2021', '2022', '2023', '2024', '2025'].map((y) =>
  readFileSync(seed(`gov-work-report-${y}.txt`), 'utf8'),
);
const dir = mkdtempSync(join(tmpdir(), 'reportdiff-big-'));

/** Seed reports concatenated, round robin, until the text reaches `bytes` (generated, not committed). */
function concatenatedSeeds(bytes: number): string {
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    parts.push(REPORTS[i % REPORTS.length]);
    size += Buffer.byteLength(parts[parts.length - 1]) + 1;
  }
  return parts.join('\n');
}

describe('big inputs finish (the test timeout bounds them)', () => {
  it('a 10 MB text of concatenated reports against the 2025 report: the 2025 report is all carried', async () => {
    const big = join(dir, 'ten-mb.txt');
    writeFileSync(big, concatenatedSeeds(10 * 1024 * 1024));
    const diff = await compareFiles(big, seed('gov-work-report-2025.txt'));
    expect(diff.old.chars).toBeGreaterThan(3_000_000);
    expectDiffInvariants(diff);
    // The 2025 report is inside the big text, so nothing of it is new: each unit's first link is to a copy of itself.
    expect(diff.counts.new).toBe(0);
    const firsts = diff.changes.filter((c) => c.new && c.repeats !== 'new');
    expect(firsts).toHaveLength(diff.new.units);
    expect(firsts.every((c) => c.kind === 'carried')).toBe(true);
    // The other copies of 2025 units in the big text are said again, not dropped: 2025 says them.
    const said = new Set(firsts.map((c) => c.new!.text));
    expect(diff.changes.filter((c) => c.kind === 'dropped' && said.has(c.old!.text))).toHaveLength(0);
    expect(diff.changes.filter((c) => c.repeats === 'new' && said.has(c.old!.text)).length).toBeGreaterThan(diff.new.units);
  });

  it('one 50,000-character line (every report joined, no line breaks) against the 2024 report', async () => {
    const text = REPORTS.map((r) => r.replace(/\s+/g, '')).join('').slice(0, 50_000);
    expect(text).toHaveLength(50_000);
    const line = join(dir, 'one-line.txt');
    writeFileSync(line, text);
    const diff = await compareFiles(seed('gov-work-report-2024.txt'), line);
    expectDiffInvariants(diff);
    expect(diff.new.units).toBeGreaterThan(500);
    // The line holds 2014 to 2017; the 2016 opening clause is word for word 2024's, and is found inside the line.
    const opening = diff.changes.find((c) => c.old?.text === '向大会报告政府工作，请予审议，' && !c.repeats);
    expect(opening?.kind).toBe('carried');
    // 2014's wording of the opener does not take the 2024 opener from 2016's: it links to it only as a repeat beside that first link.
    const older = diff.changes.find((c) => c.new?.text === '向大会作政府工作报告，请予审议，');
    expect(older).toMatchObject({ kind: 'modified', repeats: 'old', also: opening!.new, old: { text: '向大会报告政府工作，请予审议，' } });
  });
});

describe('one clause said thousands of times', () => {
  it('20,000 copies against 40,000 pair in reading order, the rest repeat them (each NEW copy took a search from the list’s start: 17 s)', async () => {
    const clause = '推进国家安全体系和能力建设。';
    const write = (name: string, n: number) => {
      const file = join(dir, name);
      writeFileSync(file, `${clause.repeat(n)}\n`);
      return file;
    };
    const diff = await compareFiles(write('twenty-k.txt', 20_000), write('forty-k.txt', 40_000));
    expectDiffInvariants(diff);
    expect(diff.counts).toMatchObject({ carried: 20_000, repeated: 20_000, new: 0, dropped: 0 });
    const carried = diff.changes.filter((c) => c.kind === 'carried' && !c.repeats);
    expect(carried).toHaveLength(20_000);
    expect(carried.every((c, k) => c.old!.id === carried[0].old!.id + k && c.new!.id === carried[0].new!.id + k)).toBe(true);
  });
});

describe('a text of 130,000 headings', () => {
  it('is read as 130,000 paragraphs (spreading them into one call overflowed the stack)', () => {
    // The 2024 report's headings, of many lengths (so not taken for hard-wrapped lines), over and over.
    const headings = REPORTS[8].split('\n').filter((l) => /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(l));
    expect(headings.length).toBeGreaterThan(10);
    const lines = Array.from({ length: 130_000 }, (_, i) => headings[i % headings.length]);
    const { text } = ingestText(`${lines.join('\n')}\n`, 'headings.txt');
    expect(text.split('\n')).toHaveLength(130_000);
  });
});

describe('a line with a long run of spaces inside', () => {
  it('300,000 spaces between two halves of a clause: trimmed at the ends only, at once (a regex trim retried at every space: 8 s for 100,000)', () => {
    const { text } = ingestText(`推进国家安全体系${' '.repeat(300_000)}和能力建设。\n`, 'spaces.txt');
    expect(text).toBe(`推进国家安全体系${' '.repeat(300_000)}和能力建设。`);
  });
});

describe('a hard-wrapped paragraph of many thousand lines finishes', () => {
  it('gov 2016’s `…二是… 三是…` paragraph with its `三是` item repeated 20,000 times (≈0.7 MB), wrapped every 16 characters', () => {
    // Wrapped as one run of text, every 16th item opens a line after a full line ending in 。, and each
    // such line asks whether the inline series goes on; joining the paragraph anew to answer was quadratic.
    const para = REPORTS[1].split('\n').find((l) => l.startsWith('适度扩大财政赤字'))!;
    const head = para.slice(0, para.indexOf('三是将18项'));
    const item = para.slice(para.indexOf('三是将18项'), para.indexOf('实施上述政策'));
    const lines = (head + item.repeat(20_000)).match(/.{1,16}/g)!;
    expect(lines.filter((l, i) => l.startsWith('三是') && lines[i - 1].endsWith('。')).length).toBeGreaterThan(200);
    const { text } = ingestText(lines.join('\n\n'), 'wrapped.txt');
    const paragraphs = text.split('\n').filter(Boolean);
    // One paragraph, every character kept: the series runs inline, so no `三是` opens a paragraph of its own.
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toBe(head + item.repeat(20_000));
  });
});
