import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { scoreDiff } from '../../bench/score/score.js';
import { f1, ratio } from '../../bench/score/counts.js';
import { parseModel } from '../../bench/gen/model.js';
import { makeCase, PROFILES } from '../../bench/gen/make-case.js';
import type { Truth } from '../../bench/gen/make-case.js';
import type { ReportDiff } from '../../src/report.js';
import { perfectDiff, emptyDiff } from './oracle.js';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');
const gov = seed('gov-work-report-2024');
const acftu = seed('acftu-2023');
const model = parseModel(gov);

describe('scoreDiff', () => {
  for (const profile of PROFILES) {
    it(`gives 1.0 to the perfect answer (${profile}, PDF-wrapped)`, () => {
      const c = makeCase({ report: 'g24', oldText: gov, model, donor: 'acftu', donorText: acftu, profile, wrapped: true, seed: 5 });
      const s = scoreDiff(perfectDiff(c.truth), c.truth);
      expect(f1(s.removed)).toBe(1);
      expect(f1(s.added)).toBe(1);
      expect(ratio(s.provenance)).toBe(1);
      expect(ratio(s.movedRecall)).toBe(1);
      expect(ratio(s.movedPrecision)).toBe(1);
      expect(ratio(s.sections)).toBe(1);
      expect(ratio(s.coverageNew)).toBe(1);
    });
  }

  it('gives 0 to the empty answer on a mixed case', () => {
    const c = makeCase({ report: 'g24', oldText: gov, model, donor: 'acftu', donorText: acftu, profile: 'mixed', wrapped: false, seed: 9 });
    const s = scoreDiff(emptyDiff(), c.truth);
    expect(s.removed.tp).toBe(0);
    expect(s.removed.fn).toBeGreaterThan(0);
    expect(f1(s.added)).toBe(0);
    expect(ratio(s.provenance)).toBe(0);
    expect(ratio(s.movedRecall)).toBe(0);
    expect(ratio(s.sections)).toBe(0);
  });

  it('scores a hand-made modified pair char by char, through PDF spaces in the unit text', () => {
    // From gov-work-report-2025: 稳步实施城市更新行动 (2024) → 持续推进城市更新 (2025), hand-aligned.
    const oldKey = '稳步实施城市更新行动。';
    const newKey = '持续推进城市更新。';
    const truth: Truth = {
      oldKey, newKey,
      newOrigin: [-1, -1, -1, -1, 4, 5, 6, 7, 10],
      oldKept: [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1],
      oldIgnore: Array(11).fill(0), newIgnore: Array(9).fill(0), newMoved: Array(9).fill(0), sections: [],
    };
    const unit = (id: number, text: string) => ({ id, text, section: [], sectionId: 0, sentence: 0, paragraph: 0, start: 0, end: text.length });
    const diff: ReportDiff = {
      ...emptyDiff(),
      changes: [{
        kind: 'modified', moved: false, old: unit(0, '稳步实施 城市更新行动。'), new: unit(0, '持续推进\n\n城市更新。'),
        diff: [{ op: 'delete', text: '稳步实施' }, { op: 'insert', text: '持续推进' }, { op: 'equal', text: '城市更新' }, { op: 'delete', text: '行动' }, { op: 'equal', text: '。' }],
      }],
    };
    const s = scoreDiff(diff, truth);
    expect(s.removed).toEqual({ tp: 6, fp: 0, fn: 0 });
    expect(s.added).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(s.provenance).toEqual({ hit: 5, total: 5 });
    expect(s.opsMismatch).toBe(0);
  });

  it('leaves out clause punctuation, which goes with whichever clause an engine cuts it into (a clause added at a sentence end, gov 2017)', () => {
    const oldKey = '确保各项举措落地见效。';
    const newKey = '确保各项举措落地见效，让群众有更多实实在在的获得感。';
    // Truly the `，` and the clause are added and the `。` kept; the engine's new unit carries its own `。`.
    const newOrigin = [...newKey].map((_, i) => (i < 10 ? i : i === newKey.length - 1 ? 10 : -1));
    const truth: Truth = { oldKey, newKey, newOrigin, oldKept: Array(11).fill(1), oldIgnore: Array(11).fill(0), newIgnore: Array(newKey.length).fill(0), newMoved: Array(newKey.length).fill(0), sections: [] };
    const unit = (id: number, text: string, start: number) => ({ id, text, section: [], sectionId: 0, sentence: 0, paragraph: 0, start, end: start + text.length });
    const diff: ReportDiff = {
      ...emptyDiff(),
      changes: [
        { kind: 'carried', moved: false, old: unit(0, oldKey, 0), new: unit(0, '确保各项举措落地见效，', 0) },
        { kind: 'new', moved: false, old: null, new: unit(1, '让群众有更多实实在在的获得感。', 11) },
      ],
    };
    const s = scoreDiff(diff, truth);
    expect(s.added).toEqual({ tp: 14, fp: 0, fn: 0 });
    expect(s.removed).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('counts a dropped unit that truly stayed as removed false positives', () => {
    const oldKey = '加强和改进侨务工作。';
    const truth: Truth = { oldKey, newKey: oldKey, newOrigin: [...oldKey].map((_, i) => i), oldKept: Array(10).fill(1), oldIgnore: Array(10).fill(0), newIgnore: Array(10).fill(0), newMoved: Array(10).fill(0), sections: [] };
    const u = { id: 0, text: oldKey, section: [], sectionId: 0, sentence: 0, paragraph: 0, start: 0, end: 10 };
    const s = scoreDiff({ ...emptyDiff(), changes: [{ kind: 'dropped', moved: false, old: u, new: null }, { kind: 'new', moved: false, old: null, new: u }] }, truth);
    // Its `。` is left out (see above).
    expect(s.removed).toEqual({ tp: 0, fp: 9, fn: 0 });
    expect(s.added).toEqual({ tp: 0, fp: 9, fn: 0 });
    expect(ratio(s.provenance)).toBe(0);
  });
});
