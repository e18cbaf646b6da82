import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareTexts } from '../../src/pipeline.js';
import { detectScript } from '../../src/ingest/index.js';
import type { ReportDiff } from '../../src/report.js';
import { expectDiffInvariants } from '../helpers/invariants.js';

const read = (f: string) => readFileSync(new URL(`../fixtures/bad/${f}`, import.meta.url), 'utf8');
const nonCarried = (d: ReportDiff) =>
  d.changes.filter((c) => c.kind !== 'carried').map((c) => ({ kind: c.kind, old: c.old?.text ?? null, new: c.new?.text ?? null }));

describe('detectScript', () => {
  it('says ja for kanji with kana, ko for Hangul, hans/hant for Chinese', () => {
    expect(detectScript(read('ja-old.txt'))).toBe('ja');
    expect(detectScript(read('ko-old.txt'))).toBe('ko');
    expect(detectScript(read('excerpt-2024.txt'))).toBe('hans');
    expect(detectScript('經濟發展穩中有進，國內生產總值增長。')).toBe('hant');
    expect(detectScript(read('english.txt'))).toBe('latin');
  });
});

describe('Japanese and Korean fall back to ICU word segmentation', () => {
  it('Japanese: the reworded sentence is linked, the added one is new', () => {
    const diff = compareTexts(read('ja-old.txt'), read('ja-new.txt'));
    expectDiffInvariants(diff);
    expect(diff.segmenter).toBe('intl-ja');
    expect(nonCarried(diff)).toEqual([
      {
        kind: 'modified',
        old: '物価高に負けない賃上げを実現するため、中小企業の生産性向上を全力で支援します。',
        new: '物価上昇を上回る賃上げを定着させるため、中小企業の生産性向上を全力で支援します。',
      },
      { kind: 'new', old: null, new: '能登半島地震からの復旧と復興に、政府一丸となって取り組みます。' },
    ]);
    const mod = diff.changes.find((c) => c.kind === 'modified')!;
    expect(mod.diff).toContainEqual({ op: 'equal', text: 'ため、中小企業の生産性向上を全力で支援します。' });
  });

  it('Japanese: particles and endings in hiragana are no evidence, and the words named are shown as written', () => {
    const diff = compareTexts(read('ja-old.txt'), read('ja-new.txt'));
    const added = diff.changes.find((c) => c.kind === 'new')!;
    // OLD has no から; the words that make the claim new are the place and the quake.
    expect(added.novel).toContain('能登半島');
    expect(added.novel).not.toContain('から');
    const mod = diff.changes.find((c) => c.kind === 'modified')!;
    expect(mod.shared).not.toContain('ため');
    expect(mod.shared).toContain('賃上げ');
    // Terms are keys folded as Traditional Chinese is (業 → 业); views show the word as written.
    expect(mod.shared).toContain('中小企業');
    expect(mod.shared).not.toContain('中小企业');
    // Every word a view names stands in its unit as written, so a reader's search finds it.
    for (const c of diff.changes) {
      for (const w of c.shared ?? []) expect(c.new!.text).toContain(w);
      for (const w of c.novel ?? []) expect((c.new ?? c.old)!.text).toContain(w);
    }
  });

  it('Korean: sentences end at ". ", the reworded one is linked, the added one is new', () => {
    const diff = compareTexts(read('ko-old.txt'), read('ko-new.txt'));
    expectDiffInvariants(diff);
    expect(diff.segmenter).toBe('intl-ko');
    expect(nonCarried(diff)).toEqual([
      { kind: 'modified', old: '물가 안정을 위해 생활필수품 가격을 철저히 관리하겠습니다.', new: '물가 안정을 위해 생활필수품과 농산물 가격을 철저히 관리하겠습니다.' },
      { kind: 'new', old: null, new: '저출생 문제에 대응하기 위해 육아 휴직 제도를 대폭 개선하겠습니다.' },
    ]);
    // `1. 들어가며` is an outline marker, not a sentence end.
    expect(diff.changes.map((c) => c.new?.text)).toContain('1. 들어가며');
  });
});

describe('Traditional Chinese is folded to Simplified for comparison', () => {
  it('a Traditional copy of the 2024 excerpt compares as carried, and a reworded clause as modified', () => {
    const simp = read('excerpt-2024.txt');
    // Hand conversion of the excerpt's first body paragraph, one clause reworded (實施 → 落實).
    const trad = [
      '三、2024年政府工作任務',
      '（三）著力擴大國內需求，推動經濟實現良性循環。',
      '促進消費穩定增長。從增加收入、優化供給、減少限制性措施等方面綜合施策，激發消費潛能。培育壯大新型消費，落實數字消費、綠色消費、健康消費促進政策，',
    ].join('\n');
    expect(detectScript(trad)).toBe('hant');
    const diff = compareTexts(simp, trad);
    expectDiffInvariants(diff);
    expect(diff.changes.find((c) => c.new?.text === '促進消費穩定增長。')?.kind).toBe('carried');
    expect(diff.changes.find((c) => c.new?.text.startsWith('從增加收入'))?.old?.text).toBe('从增加收入、优化供给、减少限制性措施等方面综合施策，');
    expect(diff.changes.find((c) => c.new?.text === '激發消費潛能。')?.kind).toBe('carried');
    const reworded = diff.changes.find((c) => c.new?.text.startsWith('落實數字消費'));
    expect(reworded?.kind).toBe('modified');
    expect(reworded?.old?.text).toBe('实施数字消费、绿色消费、健康消费促进政策，');
  });
});
