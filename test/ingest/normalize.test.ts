import { describe, expect, it } from 'vitest';
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
