import { describe, expect, it } from 'vitest';
import { mostAlikeInWording, wordingDice, wordingOf } from '../../src/diff/wording.js';
import { unitPairSets } from '../../src/align/char-pairs.js';
import { compareKey } from '../../src/ingest/normalize.js';
import type { TokenizedReport } from '../../src/segment/tokenize-report.js';

/** A report of these clauses (or headings), as far as wording reads one: their keys and kinds. */
const report = (texts: string[], kind: 'clause' | 'heading' = 'clause') =>
  ({ units: texts.map((text) => ({ key: compareKey(text), unit: { text, kind } })) }) as unknown as TokenizedReport;

/** The wording of two such reports' units, OLD's first. */
const wordingBetween = (o: TokenizedReport, n: TokenizedReport) => wordingOf(unitPairSets(o, n), o, n);

/** The wording Dice of two texts, each alone in its report. */
const dice = (a: string, b: string) => wordingDice(wordingBetween(report([a]), report([b])), 0, 1);

// Clauses of the Government Work Reports (gov 2022 → 2023, 2023 → 2024, 2010 → 2011).
describe('wordingDice', () => {
  it('is the share of adjacent-character pairs two units hold in common, a pair never spanning punctuation', () => {
    // 不得搞形象工程 has 6 pairs, 做表面文章、搞形象工程 8 (no 章搞 across the comma); 4 shared: 8 / 14.
    expect(dice('不得搞形象工程，', '做表面文章、搞形象工程')).toBeCloseTo(8 / 14, 6);
    // Inside a longer unit the same four pairs count for less.
    expect(dice('不得搞形象工程，', '坚决反对空谈浮夸、做表面文章、搞形象工程甚至盲目蛮干；')).toBeCloseTo(8 / 27, 6);
    expect(dice('保持物价总体平稳。', '保持物价水平基本稳定')).toBeCloseTo(6 / 16, 6);
  });

  it('counts figures as characters: one measure at two values is alike, two figures and nothing else hardly', () => {
    expect(dice('城镇新增就业1168万人，', '城镇新增就业1102万人；')).toBeCloseTo(16 / 22, 6);
    expect(dice('是1997年的2.3倍；', '是2010年的2.2倍，')).toBeCloseTo(4 / 16, 6);
  });

  it('is symmetric, and 0 for units with no pair in common or none at all', () => {
    const a = '全面贯彻党的十九大和十九届历次全会精神，';
    const b = '全面贯彻落实党的二十大和二十届二中全会精神，';
    expect(dice(a, b)).toBe(dice(b, a));
    expect(dice(a, b)).toBeCloseTo(16 / 36, 6);
    expect(dice('优化跨境结算、汇率风险管理等服务，', '深入推进污染防治攻坚。')).toBe(0);
    expect(dice('。', '。')).toBe(0);
  });
});

describe('mostAlikeInWording', () => {
  const old = ['加强消费者权益保护，', '深入推进污染防治攻坚。', '加强劳动者权益保护，'];
  it('finds the unit of the other report worded most like a unit, with its Dice, whichever side asks', () => {
    const w = wordingBetween(report(old), report(['维护劳动者合法权益。']));
    expect(mostAlikeInWording(w, 3)).toEqual({ unit: 2, dice: wordingDice(w, 3, 2) });
    expect(wordingDice(w, 3, 2)).toBeCloseTo(6 / 16, 6);
    // Asked from OLD, it looks only at NEW.
    expect(mostAlikeInWording(w, 0)).toEqual({ unit: 3, dice: wordingDice(w, 0, 3) });
    expect(mostAlikeInWording(w, 1)).toBeUndefined();
  });

  it('compares a heading only with headings', () => {
    const w = wordingBetween(report(['脱贫攻坚成果巩固拓展，']), report(['（二）如期打赢脱贫攻坚战，巩固拓展脱贫攻坚成果。'], 'heading'));
    expect(wordingDice(w, 1, 0)).toBeGreaterThan(0.5);
    expect(mostAlikeInWording(w, 1)).toBeUndefined();
  });
});
