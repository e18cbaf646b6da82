import { describe, expect, it } from 'vitest';
import { buildModel, paragraphAround } from '../../src/tui/model.js';
import { initialState, position, reduce, selectedChange, type Action, type ReviewState } from '../../src/tui/state.js';
import { NEW_TEXT, OLD_TEXT, SAMPLE_DIFF } from '../fixtures/tui/sample-diff.js';
import { seedDiff } from '../helpers/seeds.js';

const model = buildModel(SAMPLE_DIFF, { oldText: OLD_TEXT, newText: NEW_TEXT });
const run = (actions: Action[], from: ReviewState = initialState()) => actions.reduce((s, a) => reduce(model, s, a), from);
const text = (s: ReviewState) => {
  const c = SAMPLE_DIFF.changes[selectedChange(model, s)!];
  return (c.new ?? c.old)!.text;
};
const N: Action = { type: 'jump', dir: 1 };

describe('buildModel', () => {
  it('puts each change under the pair of its new section, dropped ones under their old section', () => {
    expect(model.pairs.map((p) => p.changes)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 11, 12], [0]]);
    expect(model.pairs[0].counts).toEqual({ new: 2, dropped: 4, modified: 3, moved: 0, repeated: 0 });
    expect(model.pairs[1].counts).toEqual({ new: 0, dropped: 0, modified: 1, moved: 1, repeated: 0 });
  });
  it('gathers changes whose section has no pair (the root’s 各位代表：) in a catch-all row', () => {
    expect(model.pairs[2].catchAll).toBe(true);
    expect(SAMPLE_DIFF.changes[model.pairs[2].changes[0]].new?.text).toBe('各位代表：');
  });
});

describe('paragraphAround', () => {
  it('expands a unit to its line and splits it out for highlighting', () => {
    const c = SAMPLE_DIFF.changes[6];
    const p = paragraphAround(OLD_TEXT, c.old!.start, c.old!.end)!;
    expect(p.unit).toBe('稳步实施城市更新行动');
    expect(p.before.startsWith('注重以城市群')).toBe(true);
    expect(p.after.endsWith('大力发展海洋经济。')).toBe(true);
  });
  it('returns null for offsets outside the text (no text passed)', () => {
    expect(paragraphAround('', 0, 3)).toBeNull();
  });
});

describe('reduce: moving', () => {
  it('j in the sections pane changes pair and restarts at its first change', () => {
    const s = run([{ type: 'move', delta: 1 }]);
    expect(s.pair).toBe(1);
    expect(text(s)).toBe('协同推进降碳减污扩绿增长，加快经济社会发展全面绿色转型');
  });
  it('j in the changes pane stays inside the pair', () => {
    const s = run([{ type: 'switchPane' }, { type: 'move', delta: 100 }]);
    expect(s.pair).toBe(0);
    expect(text(s)).toBe('统筹城市低效用地再开发');
  });
});

describe('reduce: n/N', () => {
  it('steps across sections and skips unmoved carried units, but stops at moved ones', () => {
    let s = run([{ type: 'move', delta: 1 }]); // pair （九）, heading change
    s = run([N], s);
    expect(text(s)).toBe('大力发展海洋经济'); // 积极稳妥推进碳达峰碳中和 (carried) skipped
    s = run([N], s);
    expect(s.pair).toBe(2);
    expect(text(s)).toBe('各位代表：');
    s = run([N], s);
    expect(s.message).toBe('no more changes');
    expect(s.pair).toBe(2);
  });
  it('N goes back across a section boundary', () => {
    const s = run([{ type: 'move', delta: 1 }, { type: 'jump', dir: -1 }]);
    expect(s.pair).toBe(0);
    expect(text(s)).toBe('统筹城市低效用地再开发');
  });
  it('position counts real changes only: 12 of 13 entries, carried excluded', () => {
    const s = run([{ type: 'move', delta: 1 }, N]);
    expect(position(model, s)).toEqual({ index: 11, total: 12 });
  });
});

describe('initialState', () => {
  it('opens at the first real change: 2024 → 2025’s preamble is carried whole', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const m = buildModel(d, { oldText: '', newText: '' });
    // The premise: the first row holds only carried units.
    expect(m.pairs[0].changes.every((c) => d.changes[c].kind === 'carried')).toBe(true);
    const s = initialState(m);
    expect(position(m, s)).toMatchObject({ index: 1 });
    expect(s.pair).toBeGreaterThan(0);
    expect(s.pane).toBe('sections');
  });
});

describe('reduce: filter', () => {
  it('f cycles all → new → dropped → modified → moved → repeated → check → all', () => {
    const seen = [];
    let s = initialState();
    for (let i = 0; i < 7; i++) {
      s = run([{ type: 'cycleFilter' }], s);
      seen.push(s.filter);
    }
    expect(seen).toEqual(['new', 'dropped', 'modified', 'moved', 'repeated', 'check', 'all']);
  });
  it('keeps the selection on the next change the new filter shows', () => {
    // Select 促进大中小城市和小城镇协调发展 (modified), then filter to new only.
    const s = run([{ type: 'switchPane' }, { type: 'move', delta: 3 }, { type: 'cycleFilter' }]);
    expect(s.filter).toBe('new');
    expect(text(s)).toBe('统筹城市低效用地再开发');
    expect(position(model, s)).toEqual({ index: 2, total: 3 });
  });
});

describe('reduce: search', () => {
  it('typed Chinese builds the query; Enter jumps to the first hit', () => {
    const s = run([
      { type: 'searchStart' },
      { type: 'searchInput', text: '城市' },
      { type: 'searchInput', text: '更新行' },
      { type: 'searchBackspace' },
      { type: 'searchSubmit' },
    ]);
    expect(s.search).toEqual({ editing: false, draft: '', query: '城市更新' });
    expect(text(s)).toBe('持续推进城市更新和城镇老旧小区改造');
  });
  it('n then goes to the next hit, wrapping around', () => {
    const s = run([{ type: 'searchStart' }, { type: 'searchInput', text: '协调发展' }, { type: 'searchSubmit' }]);
    expect(text(s)).toBe('推进新型城镇化和区域协调发展，进一步优化发展空间格局');
    const s2 = run([N], s);
    expect(text(s2)).toBe('促进大中小城市和小城镇协调发展');
    const s3 = run([N], s2);
    expect(text(s3)).toBe('推进新型城镇化和区域协调发展，进一步优化发展空间格局');
    expect(s3.message).toBe('search wrapped around');
  });
  it('keys go to the prompt while it is open, and Esc cancels without searching', () => {
    const s = run([{ type: 'searchStart' }, { type: 'quit' }, { type: 'searchInput', text: '海洋' }, { type: 'escape' }]);
    expect(s.quit).toBe(false);
    expect(s.search).toEqual({ editing: false, draft: '', query: '' });
    expect(s.pair).toBe(0);
  });
  it('reports a query with no hit and stays put', () => {
    const s = run([{ type: 'searchStart' }, { type: 'searchInput', text: '人工智能' }, { type: 'searchSubmit' }]);
    expect(s.message).toBe('not found: 人工智能');
    expect(s.item).toBe(0);
  });
});

describe('reduce: context and modes', () => {
  it('Enter focuses the changes pane, then toggles context; moving sections closes it', () => {
    let s = run([{ type: 'enter' }]);
    expect(s).toMatchObject({ pane: 'changes', context: false });
    s = run([{ type: 'enter' }], s);
    expect(s.context).toBe(true);
    s = run([{ type: 'switchPane' }, { type: 'move', delta: 1 }], s);
    expect(s.context).toBe(false);
  });
  it('Esc closes help first, then context, then clears the query', () => {
    const s = run([{ type: 'enter' }, { type: 'enter' }, { type: 'toggleHelp' }, { type: 'escape' }]);
    expect(s).toMatchObject({ help: false, context: true });
    expect(run([{ type: 'escape' }], s).context).toBe(false);
  });
});
