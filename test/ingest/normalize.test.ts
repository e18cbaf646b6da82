import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { seed } from '../helpers/seeds.js';
import { compareKey, detectScript, hasTraditional } from '../../src/ingest/normalize.js';

describe('compareKey', () => {
  it('drops every kind of whitespace (acftu-2023 slogan `喜迎二十大 建功新时代`)', () => {
    expect(compareKey('喜迎二十大 建功新时代')).toBe(compareKey('喜迎二十大\u3000建功新时代\u200b'));
    expect(compareKey('喜迎二十大\u00a0建功\n新时代')).toBe('喜迎二十大建功新时代');
  });

  it('folds full-width letters, digits and width-only punctuation variants', () => {
    expect(compareKey('增长３．３％，ＧＤＰ（国内）：好！对吗？是；')).toBe(compareKey('增长3.3%,GDP(国内):好!对吗?是;'));
    expect(compareKey('“十四五”')).toBe(compareKey('"十四五"'));
  });

  it('does not equate different words', () => {
    expect(compareKey('稳就业')).not.toBe(compareKey('稳物价'));
  });

  it('folds Traditional to Simplified (a 2017 report sentence written in Traditional)', () => {
    expect(hasTraditional('國內生產總值達到74.4萬億元')).toBe(true);
    expect(hasTraditional('国内生产总值达到74.4万亿元')).toBe(false);
    expect(compareKey('國內生產總值達到74.4萬億元，經濟發展的質量和效益明顯提高。')).toBe(
      compareKey('国内生产总值达到74.4万亿元，经济发展的质量和效益明显提高。'),
    );
  });
});

/**
 * compareKey's definition as regexes (how it was first written): the
 * single-pass version must give the same key for any text.
 */
function referenceKey(text: string): string {
  const fold: Record<string, string> = { '｡': '。', '､': '、', '“': '"', '”': '"', '‘': "'", '’': "'", '・': '·', '•': '·', '〜': '~', '～': '~' };
  const s = text
    .replace(/[\s\u00A0\u3000\u200B\u200C\u200D\u2060\uFEFF]+/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[｡､“”‘’・•〜～]/g, (c) => fold[c]);
  return hasTraditional(s) ? compareKey(s) : s;
}

describe('compareKey against its regex definition', () => {
  it('agrees on every line of a real report', () => {
    const lines = readFileSync(seed('acftu-2023.txt'), 'utf8').split('\n');
    for (const line of lines) expect(compareKey(line)).toBe(referenceKey(line));
  });

  it('agrees on any mix of CJK, full-width, spaces and quote variants', () => {
    const alphabet = [...'国內經济 \t\n\u3000\u00a0\u200b\u2060\ufeff\u2028\u1680\u202f，。（）ＡＺ０９！～｡､“”‘’・•〜～abc12%.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(compareKey(text)).toBe(referenceKey(text));
      }),
    );
  });
});

describe('detectScript', () => {
  it('tells Simplified, Traditional, Japanese, Korean and Latin apart', () => {
    expect(detectScript('过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。')).toBe('hans');
    expect(detectScript('過去一年，我國發展面臨國內外諸多矛盾疊加、風險隱患交匯的嚴峻挑戰。')).toBe('hant');
    expect(detectScript('政府は経済の再生に全力で取り組んでまいります。')).toBe('ja');
    expect(detectScript('정부는 경제 회복에 최선을 다하겠습니다.')).toBe('ko');
    expect(detectScript('The government will focus on growth.')).toBe('latin');
    expect(detectScript('2024 — 1.5%')).toBe('unknown');
  });
});
