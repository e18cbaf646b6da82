import React from 'react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { render, cleanup } from 'ink-testing-library';
import { compareTexts } from '../../src/pipeline.js';
import { App } from '../../src/tui/app.js';
import { buildModel, paragraphAround } from '../../src/tui/model.js';
import { isRealChange } from '../../src/render/change-place.js';
import { waitForFrame } from './wait-for-frame.js';

// Section （八） on urbanisation: its heading and main paragraph from the 2024 and 2025 reports.
const fixture = (f: string) => readFileSync(new URL(`../fixtures/tui/${f}`, import.meta.url), 'utf8');
const OLD = fixture('gov-2024-sec8.txt');
const NEW = fixture('gov-2025-sec8.txt');
const diff = compareTexts(OLD, NEW, { oldName: 'gov-work-report-2024.txt', newName: 'gov-work-report-2025.txt' });
const model = buildModel(diff, { oldText: OLD, newText: NEW });
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

afterEach(() => cleanup());

describe('review UI on a real pipeline result', () => {
  it('files every change under some row and counts them as the diff does', () => {
    const placed = model.pairs.flatMap((p) => p.changes).sort((a, b) => a - b);
    expect(placed).toEqual(diff.changes.map((_, i) => i));
    const sum = (k: 'new' | 'dropped' | 'modified') => model.pairs.reduce((n, p) => n + p.counts[k], 0);
    expect([sum('new'), sum('dropped'), sum('modified')]).toEqual([diff.counts.new, diff.counts.dropped, diff.counts.modified]);
  });

  it('offsets of every unit point at its text in the report, so context can expand them', () => {
    for (const c of diff.changes) {
      if (c.old) expect(paragraphAround(OLD, c.old.start, c.old.end)?.unit).toBe(c.old.text);
      if (c.new) expect(paragraphAround(NEW, c.new.start, c.new.end)?.unit).toBe(c.new.text);
    }
  });

  it('filters to reworded clauses, shows the word diff with markers and opens the paragraph', async () => {
    const ui = render(<App model={model} size={{ columns: 80, rows: 24 }} />);
    const frame = () => strip(ui.lastFrame() ?? '');
    const total = diff.counts.modified;
    ui.stdin.write('fff');
    let f = await waitForFrame(frame, (x) => x.includes('filter: modified'));
    expect(f).toMatch(new RegExp(`change \\d+/${total}`));
    expect(f).not.toMatch(/^\S*\s*(NEW|DROP) /m);
    expect(f).toMatch(/\[-|\{\+/);
    // 打造宜居、智慧、韧性城市 → 打造宜居、韧性、智慧城市: find it by search, then open its paragraphs.
    const reorder = diff.changes.find((c) => c.new?.text === '打造宜居、韧性、智慧城市。');
    expect(reorder?.kind).toBe('modified');
    ui.stdin.write('/');
    await waitForFrame(frame, (x) => x.includes('Esc cancel'));
    ui.stdin.write('打造宜居');
    await waitForFrame(frame, (x) => x.includes('/打造宜居▏'));
    ui.stdin.write('\r');
    f = await waitForFrame(frame, (x) => x.includes('│ /打造宜居'));
    expect(f).toMatch(/> MOD   打造宜居、/);
    ui.stdin.write('\r');
    f = await waitForFrame(frame, (x) => x.includes('CONTEXT'));
    // The right pane's lines joined back: the paragraphs wrap wherever the width falls.
    const right = f.split('\n').map((l) => l.split('│').slice(1).join('│')).join('');
    expect(right).toContain('设，«打造宜居、智慧、韧性城市。»新型城镇化要处');
    expect(right).toContain('提升社区综合服务功能，«打造宜居、韧性、智慧城市。»');
  });

  it('opens a new claim with the closest unit of OLD in place of the unit it lacks', async () => {
    // 2025's 全面推进常住地提供基本公共服务 uses only words 2024 uses; 2024's nearest is its 常住人口…基本公共服务 clause,
    // worded alike (0.35), which grades the claim close: the header gives the wording beside the words.
    const claim = diff.changes.find((c) => c.new?.text === '全面推进常住地提供基本公共服务，');
    expect(claim?.kind).toBe('new');
    const ui = render(<App model={model} size={{ columns: 80, rows: 24 }} />);
    const frame = () => strip(ui.lastFrame() ?? '');
    ui.stdin.write('/');
    await waitForFrame(frame, (x) => x.includes('Esc cancel'));
    ui.stdin.write('全面推进常住地');
    await waitForFrame(frame, (x) => x.includes('/全面推进常住地▏'));
    ui.stdin.write('\r');
    await waitForFrame(frame, (x) => x.includes('│ /全面推进常住地'));
    ui.stdin.write('\r');
    const f = await waitForFrame(frame, (x) => x.includes('CONTEXT'));
    const right = f.split('\n').map((l) => l.split('│').slice(1).join('│')).join('');
    const { similarity, wording } = claim!.closest!;
    expect(wording).toBeGreaterThanOrEqual(0.3);
    // At 80 columns the longer note leaves room for the file name's start only.
    expect(right).toContain(`OLD closest (${similarity.toFixed(2)}, wording ${wording.toFixed(2)}) · gov-work-re…`);
    expect(right).toContain('«推动未落户常住人口平等享受城镇基本公共服务。»');
    expect(right).toContain('«全面推进常住地提供基本公共服务，»');
  });

  it('n visits exactly the real changes, in order, then stops', async () => {
    const ui = render(<App model={model} size={{ columns: 80, rows: 24 }} />);
    const frame = () => strip(ui.lastFrame() ?? '');
    const total = diff.changes.filter(isRealChange).length;
    await waitForFrame(frame, (x) => x.includes(`change 1/${total}`));
    ui.stdin.write('n'.repeat(total + 2));
    const f = await waitForFrame(frame, (x) => x.includes('no more changes'));
    expect(f).toContain(`change ${total}/${total}`);
  });
});
