import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text/index.js';
import { renderMarkdown } from '../../src/render/markdown/index.js';
import { changeLines } from '../../src/tui/change-lines.js';
import { listLines } from '../../src/tui/change-list.js';
import { buildModel } from '../../src/tui/model.js';
import { countsLabel } from '../../src/tui/section-list.js';
import { visibleChanges } from '../../src/tui/state.js';
import { homeUnit } from '../../src/render/change-place.js';
import { seedDiff } from '../helpers/seeds.js';
import type { Change, UnitsById } from '../../src/report.js';

// Gov 2023 → 2024: 2024 says 守住…不发生系统性风险的底线 twice (review, plan), 2023 once;
// 2023 says 坚持稳中求进工作总基调 twice, 2024 once; 2023's 推进我国宗教中国化逐步深入
// repeats 2024's 深入推进我国宗教中国化, whose first link is 2023's 坚持我国宗教中国化方向:
// three different texts, so a view that names the wrong one fails.
const diff = () => seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');

/** A change's lines in the terminal UI's change list, as plain text. */
const uiLines = (c: Change, width: number, units?: UnitsById) => changeLines(c, width, false, units).map((l) => l.map((s) => s.text).join(''));

/** The note lines the text report prints under the change whose line starts with `label` and holds `phrase` ([] when there is no such change). */
function notesUnder(text: string, label: string, phrase: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(label) && l.includes(phrase));
  if (at < 0) return [];
  const end = lines.findIndex((l, i) => i > at && !l.startsWith(' '));
  return lines.slice(at + 1, end < 0 ? lines.length : end);
}

describe('how every view shows a repeat', () => {
  it('text: marks it and names the one mention’s first link', async () => {
    const text = renderText(await diff(), { color: false });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('(repeat)') && l.includes('{+牢牢+}'));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toContain('            said once in OLD, first linked to: 守住了不发生系统性风险的底线。');
    const religion = lines.findIndex((l) => l.includes('(repeat)') && l.includes('推进我国宗教中国化'));
    expect(lines.slice(religion + 1, religion + 4)).toContain('            said once in NEW, first linked to: 坚持我国宗教中国化方向，');
    expect(text).toMatch(/, \d+ repeated; \d+ weak links, \d+ unsure new or dropped\n/);
    // A repeat word for word is shown too, though a plain carry-over is not: it is why the unit is not listed as dropped.
    expect(text).toContain('= carried  (repeat) 坚持稳中求进工作总基调，');
  });

  it('text and terminal UI: an OLD unit that repeats stands under OLD’s section, as a dropped unit would', async () => {
    const d = await diff();
    const c = d.changes.find((x) => x.repeats === 'new' && x.old?.text.includes('坚持稳中求进工作总基调'))!;
    expect(homeUnit(c)).toBe(c.old);
    const model = buildModel(d);
    const k = model.pairs.findIndex((p) => p.changes.includes(d.changes.indexOf(c)));
    expect(d.sections[k].oldId).toBe(c.old!.sectionId);
    expect(d.sections[k].newId).not.toBe(c.new!.sectionId);
    // The terminal UI's lines carry the same note as the text.
    const lines = uiLines(c, 74);
    expect(lines[0].startsWith('AGAIN ')).toBe(true);
    expect(lines.some((l) => l.includes('said once in NEW, first linked to:'))).toBe(true);
  });

  it('terminal UI: the filter `repeated` shows the repeats, `modified` as many changes as counts.modified, and the section list counts both', async () => {
    const d = await diff();
    const model = buildModel(d);
    const shown = (f: 'repeated' | 'modified') => model.pairs.flatMap((_, k) => visibleChanges(model, k, f)).sort((a, b) => a - b);
    const repeats = d.changes.flatMap((c, i) => (c.repeats ? [i] : []));
    expect(repeats.length).toBe(d.counts.repeated);
    expect(shown('repeated')).toEqual(repeats);
    expect(shown('modified')).toHaveLength(d.counts.modified);
    // The section list counts them too, as `*N`, and the per-section counts add up to the diff's.
    const sum = (k: 'repeated' | 'modified') => model.pairs.reduce((n, p) => n + p.counts[k], 0);
    expect(sum('repeated')).toBe(d.counts.repeated);
    expect(sum('modified')).toBe(d.counts.modified);
    const k = model.pairs.findIndex((p) => p.changes.includes(repeats[0]));
    expect(countsLabel(model.pairs[k])).toMatch(/\*\d+/);
  });

  it('summary: repeats have their own list and stay out of the reworded one and its figures', async () => {
    const d = await diff();
    const md = renderMarkdown(d, { limit: 0 });
    const list = md.slice(md.indexOf('### Repeated'));
    expect(list).toContain(`(${d.counts.repeated})`);
    expect(list).toMatch(/牢牢守住不发生系统性风险的底线。 — .*; OLD says it once, as 守住了不发生系统性风险的底线。 \(first linked to NEW’s 守住了不发生系统性风险的底线。\)/);
    expect(list).toMatch(/推进我国宗教中国化逐步深入。 — .*; NEW says it once, as 深入推进我国宗教中国化， \(first linked to OLD’s 坚持我国宗教中国化方向，\)/);
    const reworded = md.slice(md.indexOf('### Reworded'), md.indexOf('### Moved'));
    expect(reworded).not.toContain('牢牢守住');
    expect(md).toContain(`| repeated | ${d.counts.repeated} |`);
  });
});

describe('how every view shows a new or dropped claim’s words (gov 2024 → 2025)', () => {
  const pair = () => seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');

  it('text: under the claim, the words the other report never uses, or that it has them all', async () => {
    const text = renderText(await pair(), { color: false });
    expect(notesUnder(text, '+ new', '“嫦娥六号”实现人类首次月球背面采样返回')[0]).toMatch(/^ {12}not in OLD: 嫦娥六号、.*月球/);
    expect(notesUnder(text, '- dropped', '制定实施一揽子化解地方债务方案')[0]).toBe('            every word is also in NEW: may be reworded; check it');
  });

  it('terminal UI: the filter `check` shows the weak links, the unsure claims and the close ones, and nothing else', async () => {
    const d = await pair();
    const model = buildModel(d);
    const shown = model.pairs.flatMap((_, k) => visibleChanges(model, k, 'check'));
    const close = (c: (typeof d.changes)[number]) => Math.round((c.closest?.similarity ?? 0) * 100) >= 50;
    const namedAndClose = d.changes.filter((c) => c.novel && c.novel.length > 0 && close(c)).length;
    expect(namedAndClose).toBeGreaterThan(0);
    expect(shown.length).toBe(d.counts.weak + d.counts.unsure + namedAndClose);
    expect(shown.every((i) => d.changes[i].weak || d.changes[i].novel?.length === 0 || close(d.changes[i]))).toBe(true);
    expect(shown.some((i) => d.changes[i].weak)).toBe(true);
  });

  it('terminal UI: the same note, within the width, and none under a link', async () => {
    const d = await pair();
    const claim = d.changes.find((c) => c.kind === 'new' && c.new!.text.includes('“嫦娥六号”'))!;
    const link = d.changes.find((c) => c.kind === 'modified')!;
    const text = (c: typeof claim) => uiLines(c, 40);
    const { displayWidth } = await import('../../src/tui/text-width.js');
    expect(text(claim).join('')).toContain('not in OLD: 嫦娥六号');
    expect(text(claim).every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(text(link).join('')).not.toContain('not in');
  });
});

describe('how every view shows the closest unit of a new or dropped claim (gov 2023 → 2024)', () => {
  // 2024's 因城施策优化房地产调控 has no word 2023 lacks; 2023 says 因城施策促进房地产市场健康发展。
  // 2024's 适应新型城镇化发展趋势和房地产市场供求关系变化 names words 2023 never uses, and points there too.
  const pair = () => seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');

  it('text: under the claim’s words, the closest unit and how alike it is', async () => {
    expect(notesUnder(renderText(await pair(), { color: false }), '+ new', '因城施策优化房地产调控')).toEqual([
      '            every word is also in OLD: may be reworded; check it',
      // From 0.5 (CLOSE_SIMILARITY), most such claims were rewordings in the audits: this one is.
      '            closest in OLD (0.54): 因城施策促进房地产市场健康发展。 — most claims this close are rewordings',
    ]);
  });

  it('summary: on a claim to check (unsure, close, or a unit of OLD alike), where to check it; not on a sure one', async () => {
    const md = renderMarkdown(await pair(), { limit: 0 });
    const item = (phrase: string) => md.split('\n').find((l) => l.startsWith('- ') && l.includes(phrase)) ?? '';
    expect(item('因城施策优化房地产调控')).toMatch(/\* · closest in OLD \(0\.54\): 因城施策促进房地产市场健康发展。 — most claims this close are rewordings$/);
    // Names its words, but 2023 has a unit alike (0.34, from ALIKE_SIMILARITY 0.3).
    expect(item('适应新型城镇化发展趋势和房地产市场供求关系变化')).toMatch(/\* · \*not in OLD: 发展趋势、供求关系\* · closest in OLD \(0\.34\): 因城施策促进房地产市场健康发展。$/);
    // Names its word, and the closest unit of 2023 is below 0.3 (0.26): nothing to check against.
    expect(item('推进大中小学思想政治教育一体化建设')).toMatch(/\* · \*not in OLD: 大中小学\*$/);
  });

  it('terminal UI: the same line, within the width', async () => {
    const d = await pair();
    const model = buildModel(d);
    const claim = d.changes.find((c) => c.kind === 'new' && c.new!.text.includes('因城施策优化房地产调控'))!;
    const text = uiLines(claim, 40, model.units);
    const { displayWidth } = await import('../../src/tui/text-width.js');
    // Wrapped: compared without the spaces of the tag column and the wrap points.
    expect(text.join('').replace(/\s+/g, '')).toContain('closestinOLD(0.54):因城施策促进房地产市场健康发展。');
    expect(text.every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(uiLines(claim, 40).join('')).not.toContain('closest');
  });

  it('terminal UI: the list shows it under the selected claim only, so as many changes fit as before', async () => {
    const d = await pair();
    const model = buildModel(d);
    const claims = d.changes.filter((c) => (c.kind === 'new' || c.kind === 'dropped') && c.closest);
    const at = claims.findIndex((c) => c.new?.text.includes('因城施策优化房地产调控'));
    const rows = listLines(claims, at, 80, 200, false, model.units).map((r) => ({ text: r.line.map((s) => s.text).join(''), selected: r.selected }));
    const near = rows.filter((r) => r.text.includes('closest in'));
    expect(near.length).toBe(1);
    expect(near[0].selected).toBe(true);
    expect(near[0].text).toContain('因城施策促进房地产市场健康发展。');
  });
});
