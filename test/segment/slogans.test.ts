import { describe, expect, it } from 'vitest';
import { sloganTermsOf } from '../../src/segment/slogans.js';

describe('numbered slogans named by name or by their whole list', () => {
  it('names 放管服 for its list spelt out, and 三大攻坚战 written without quotes (gov 2023, 2020)', () => {
    expect(sloganTermsOf('简政放权、放管结合、优化服务改革不断深化，')).toEqual(['放管服']);
    expect(sloganTermsOf('——三大攻坚战取得关键进展。')).toEqual(['三大攻坚战']);
    expect(sloganTermsOf('增强“四个意识”、坚定“四个自信”、做到“两个维护”，')).toEqual(['四个意识', '四个自信']);
  });

  it('names nothing for a list cut short (the 18th congress: three 自信; the older four 建设)', () => {
    expect(sloganTermsOf('全党要坚定这样的道路自信、理论自信、制度自信！')).toEqual([]);
    expect(sloganTermsOf('全面推进经济建设、政治建设、文化建设、社会建设，')).toEqual([]);
    expect(sloganTermsOf('进一步简政放权，')).toEqual([]);
  });
});
