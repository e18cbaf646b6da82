import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseModel, type Para } from '../../bench/gen/model.js';
import { dropSentences, insertSentences, moveParagraphs, opensItem, rewordSentences, textOf } from '../../bench/gen/perturb.js';
import { makeCase } from '../../bench/gen/make-case.js';
import { pdfWrap } from '../../bench/gen/wrap.js';
import { makeRng } from '../../bench/lib/prng.js';
import { toKey } from '../../bench/lib/key.js';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');
const gov = seed('gov-work-report-2024');
const acftu = seed('acftu-2023');

describe('parseModel', () => {
  it('re-joins the PDF-wrapped acftu report into paragraphs and finds its headings', () => {
    const m = parseModel(acftu);
    const heads = m.paras.filter((p) => p.heading).map((p) => p.oldHeading);
    // `（二）在新的起点上谋划推进产业工` is cut by the PDF; the heading must come back whole.
    expect(heads[0]).toBe('在新的起点上谋划推进产业工人队伍建设改革');
    expect(heads).toContain('整体推进工会改革创新发展');
    expect(m.paras.find((p) => toKey(p.chars.map((c) => c.ch).join('')).startsWith('二是深化长效机制建设'))).toBeDefined();
  });
});

describe('parseModel, on the lines that are not paragraphs', () => {
  it('joins a number alone on its line to the sentence around it, as the ingest does (gov 2014 `广义货币M` / `2` / `增长13.6%…`)', () => {
    const texts = parseModel(seed('gov-work-report-2014')).paras.map((p) => toKey(textOf(p.chars)));
    expect(texts.some((t) => t.includes('广义货币M2增长13.6%，符合调控要求。'))).toBe(true);
    expect(texts.some((t) => t.includes('细颗粒物（PM2.5）和可吸入颗粒物（PM10）'))).toBe(true);
    expect(texts).not.toContain('2');
  });

  it("marks the front matter, which no perturbation touches (gov 2017's title, dateline and speaker)", () => {
    const m = parseModel(seed('gov-work-report-2017'));
    const front = (paras: Para[]) => paras.filter((p) => p.front).map((p) => textOf(p.chars));
    expect(front(m.paras).join('')).toContain('国务院总理');
    for (let s = 0; s < 20; s++) expect(front(edited(m.paras, s))).toEqual(front(m.paras));
  });
});

describe('makeCase', () => {
  const model = parseModel(gov);
  const make = (profile: 'mixed' | 'sections' | 'move', s: number, wrapped = false) =>
    makeCase({ report: 'g24', oldText: gov, model, donor: 'acftu', donorText: acftu, profile, wrapped, seed: s });

  it('keeps every origin pointing at the same char of OLD', () => {
    const c = make('mixed', 3, true);
    const { newKey, oldKey, newOrigin } = c.truth;
    expect(newOrigin.length).toBe(newKey.length);
    expect(newOrigin.every((o, i) => o < 0 || oldKey[o] === newKey[i])).toBe(true);
    expect(newOrigin.some((o) => o < 0)).toBe(true);
    expect(c.truth.oldKept.some((k) => !k)).toBe(true);
  });

  it('is deterministic in its seed', () => {
    expect(make('mixed', 11).newText).toBe(make('mixed', 11).newText);
    expect(make('mixed', 11).newText).not.toBe(make('mixed', 12).newText);
  });

  it('swaps two sub-sections and renumbers them, keeping every heading pair in the truth', () => {
    const c = make('sections', 4);
    const subs = c.newText.split('\n').filter((l) => l.startsWith('（')).map((l) => l.slice(0, 3));
    expect(subs).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）']);
    const firstOld = model.paras.filter((p) => p.heading === 'sub').map((p) => p.oldHeading);
    const order = c.truth.sections.filter((s) => firstOld.includes(s.old)).map((s) => firstOld.indexOf(s.old));
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    expect(c.truth.sections.length).toBe(model.paras.filter((p) => p.heading).length);
  });

  it('marks moved paragraphs only', () => {
    const c = make('move', 6);
    const moved = c.truth.newMoved.reduce((a, b) => a + b, 0);
    expect(moved).toBeGreaterThan(100);
    expect(c.truth.newOrigin.every((o) => o >= 0)).toBe(true);
  });
});

/** A copy of a model's paragraphs after many sentences dropped, inserted and reworded. */
function edited(model: Para[], s: number): Para[] {
  const rng = makeRng(s);
  const paras = dropSentences(model.map((p) => ({ ...p, chars: [...p.chars] })), 80, rng);
  insertSentences(paras, ['加强和改进侨务工作。'], 80, rng);
  rewordSentences(paras, 80, rng);
  return paras;
}

describe('perturbing a report', () => {
  it('never moves a `一是…` paragraph, which the engine reads as the heading of an item (gov 2014)', () => {
    const model2014 = parseModel(seed('gov-work-report-2014'));
    // The review's `一是着力深化改革开放…` to `五是…` paragraphs are long enough to move.
    expect(model2014.paras.filter((p) => !p.heading && p.secId >= 0 && p.chars.length > 30 && opensItem(p)).length).toBeGreaterThanOrEqual(5);
    for (let s = 0; s < 40; s++) {
      const paras = model2014.paras.map((p) => ({ ...p, chars: [...p.chars] }));
      moveParagraphs(paras, 4, makeRng(s));
      expect(paras.filter((p) => p.moved && opensItem(p))).toEqual([]);
    }
  });

  it('keeps the heading sentence of a `一是…` item through dropped, inserted and reworded sentences (gov 2022)', () => {
    const m = parseModel(seed('gov-work-report-2022'));
    const items = (paras: Para[]) => paras.filter(opensItem).map((p) => textOf(p.chars).trimStart().split('。')[0]);
    const before = items(m.paras);
    // `六是加强生态环境保护，促进可持续发展。` stands on a line of its own: a paragraph of one sentence.
    expect(before).toContain('六是加强生态环境保护，促进可持续发展');
    for (let s = 0; s < 20; s++) expect(items(edited(m.paras, s))).toEqual(before);
  });
});

describe('pdfWrap', () => {
  it('adds only whitespace and breaks lines at ~16 chars', () => {
    const paras = ['二是深化长效机制建设。召开全国工会维护劳动领域政治安全工作推进会，举办 2022 年“中国梦·劳动美”活动。'];
    const out = pdfWrap(paras, makeRng(1));
    expect(toKey(out)).toBe(toKey(paras[0]));
    const lines = out.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(2);
    expect(Math.max(...lines.map((l) => toKey(l).length))).toBeLessThanOrEqual(17);
    expect(out).toContain('\n\n');
  });
});

describe('makeRng().sample (the audits draw their samples with it)', () => {
  it('draws k distinct indexes below n, in ascending order, the same for the same seed', () => {
    const a = makeRng(1).sample(378, 60);
    expect(a).toHaveLength(60);
    expect(new Set(a).size).toBe(60);
    expect(a.every((x, i) => x >= 0 && x < 378 && (i === 0 || a[i - 1] < x))).toBe(true);
    expect(makeRng(1).sample(378, 60)).toEqual(a);
    expect(makeRng(2).sample(378, 60)).not.toEqual(a);
    // Asked for more than there are, it gives them all.
    expect(makeRng(1).sample(5, 9)).toEqual([0, 1, 2, 3, 4]);
  });
});
