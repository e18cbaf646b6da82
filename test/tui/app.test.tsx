import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/tui/app.js';
import { buildModel } from '../../src/tui/model.js';
import { displayWidth } from '../../src/tui/text-width.js';
import { NEW_TEXT, OLD_TEXT, SAMPLE_DIFF } from '../fixtures/tui/sample-diff.js';
import { waitForFrame } from './wait-for-frame.js';

const model = buildModel(SAMPLE_DIFF, { oldText: OLD_TEXT, newText: NEW_TEXT });
const ESC = '\u001b';
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

function start(size = { columns: 80, rows: 24 }) {
  const ui = render(<App model={model} size={size} />);
  const frame = () => strip(ui.lastFrame() ?? '');
  const press = async (keys: string, ok: (f: string) => boolean) => {
    ui.stdin.write(keys);
    return waitForFrame(frame, ok);
  };
  return { ui, frame, press };
}

afterEach(() => cleanup());

describe('App at 80×24', () => {
  it('opens on the first section pair with both headings, counts and status bar', async () => {
    const { frame } = start();
    const f = await waitForFrame(frame, (x) => x.includes('SECTIONS'));
    expect(f).toContain('> 推动城乡融合和');
    expect(f).toContain('+2 -4 ~3');
    expect(f).toContain('→ 推进新型城镇化和区域协');
    expect(f).toContain('change 1/12 │ filter: all │ gov-work-report-2024.txt (2023–2024) → gov-work-re');
    // The reworded clause reads without colour through its markers.
    expect(f).toContain('[-稳步实施-]{+持续推进+}城市更新');
    for (const line of f.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(f.split('\n').length).toBeLessThanOrEqual(23);
  });

  it('n moves across sections skipping carried units; status position follows', async () => {
    const { press } = start();
    let f = '';
    for (let i = 0; i < 10; i++) f = await press('n', (x) => x.includes(`change ${Math.min(i + 2, 12)}/12`));
    expect(f).toContain('CHANGES 协同推进降碳减污扩绿增长');
    expect(f).toMatch(/> MOVE\s+大力发展海洋经济/);
    expect(f).toContain('moved from: 推动城乡融合和区域协调发');
  });

  it('f filters to dropped and the list shows only DROP entries', async () => {
    const { press } = start();
    const f = await press('ff', (x) => x.includes('filter: dropped'));
    expect(f).toContain('change 1/4');
    expect(f).toContain('推动成渝地区双城经济圈建设');
    expect(f).not.toContain('NEW ');
    expect(f).not.toMatch(/MOD\s/);
  });

  it('/ takes Chinese text, Enter runs it, the hit is selected; Esc clears', async () => {
    const { press } = start();
    await press('/', (x) => x.includes('(Enter search, Esc cancel)'));
    await press('海洋', (x) => x.includes('/海洋'));
    const f = await press('\r', (x) => x.includes('│ /海洋'));
    expect(f).toMatch(/> MOVE\s+大力发展海洋经济/);
    const g = await press(ESC, (x) => !x.includes('│ /海洋'));
    expect(g).toContain('filter: all');
  });

  it('Enter on a change opens its paragraph in both reports with the unit marked', async () => {
    const { press } = start();
    await press('\t', (x) => x.includes('change 1/12'));
    await press('jjjjj', (x) => x.includes('change 6/12'));
    const f = await press('\r', (x) => x.includes('CONTEXT'));
    expect(f).toContain('«稳步实施城市\n');
    expect(f).toContain('│更新行动»，推进');
    // The NEW paragraph wraps inside the marked unit; its closing mark ends the unit.
    expect(f).toContain('持续推进城市更新和城镇老旧小区改造»，统筹');
    expect(f).toContain('shared: 城市更新');
    const g = await press('\r', (x) => !x.includes('CONTEXT'));
    expect(g).toContain('> MOD');
  });

  it('s shows side by side: OLD words left, NEW words right', async () => {
    const { press } = start();
    const f = await press('s', (x) => x.includes(' │ {+推进新型城镇化+}'));
    expect(f).toContain('> MOD   [-推动城乡融合-]和 │ {+推进新型城镇化+}');
    expect(f).toMatch(/DROP  注重以城市群、都市 │\s*\n/);
  });

  it('? shows the help overlay and q quits', async () => {
    const { ui, press } = start();
    const f = await press('?', (x) => x.includes('KEYS'));
    expect(f).toContain('filter: all → new → dropped → modified → moved → repeated');
    expect(f).toContain('Sections: +new -dropped ~modified >moved *repeated');
    await press('?', (x) => x.includes('SECTIONS'));
    ui.stdin.write('q');
    await waitForFrame(() => (ui.frames.length ? 'x' : ''), Boolean);
  });

  it('lays out again for a narrow terminal without overflowing', async () => {
    const { frame } = start({ columns: 50, rows: 16 });
    const f = await waitForFrame(frame, (x) => x.includes('SECTIONS'));
    for (const line of f.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(f.split('\n').length).toBeLessThanOrEqual(15);
  });
});
