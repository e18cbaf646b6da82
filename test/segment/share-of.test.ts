import { describe, expect, it } from 'vitest';
import { shareOfGdpSpans } from '../../src/segment/share-of.js';

const phrases = (text: string) => shareOfGdpSpans(text).map(([a, b]) => text.slice(a, b));

describe('shareOfGdpSpans', () => {
  // Clauses from the Government Work Reports (shared/corpus).
  it.each([
    ['数字经济核心产业增加值占国内生产总值比重达到10%左右。', ['占国内生产总值比重']],
    ['服务业在国内生产总值中的比重上升到50.5%，', ['在国内生产总值中的比重']],
    ['全社会研发经费支出与国内生产总值之比达到2.08%。', ['与国内生产总值之比']],
    ['2012年占国内生产总值比例达到4%。', ['占国内生产总值比例']],
  ])('finds GDP as the whole in %s', (text, want) => {
    expect(phrases(text)).toEqual(want);
  });

  it.each([['国内生产总值增长5%左右；'], ['单位国内生产总值能耗降低2.5%左右，'], ['国内生产总值达到134.9万亿元、增长5%，']])('finds no share in %s, where GDP is the measure or a rate’s base', (text) => {
    expect(shareOfGdpSpans(text)).toEqual([]);
  });
});
