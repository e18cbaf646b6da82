import { describe, expect, it } from 'vitest';
import { protectedSpans } from '../../src/structure/brackets.js';
import { splitSentences } from '../../src/structure/sentences.js';

const sentences = (p: string) => splitSentences(p, 0, p.length, protectedSpans(p, 0, p.length)).map((r) => p.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits at 。 and keeps the closing quote with its sentence', () => {
    // acftu-2023, plan (二)
    const p = '聚力建设高素质劳动大军，唱响新时代“咱们工人有力量”。深化产业工人队伍建设改革。';
    expect(sentences(p)).toEqual(['聚力建设高素质劳动大军，唱响新时代“咱们工人有力量”。', '深化产业工人队伍建设改革。']);
  });

  it('splits after “…。” (the ” belongs to the sentence before)', () => {
    // Made up from the acftu 三是 heading: the period moved inside the quote.
    const p = '以“喜迎二十大 建功新时代。”为主题。充分发挥平台阵地作用。';
    expect(sentences(p)).toEqual(['以“喜迎二十大 建功新时代。”', '为主题。', '充分发挥平台阵地作用。']);
  });

  it('does not split inside 《…！…》 or （…。…）', () => {
    const p = '出版《奋斗吧！中国工人》读本（附录。2023年版）等。加强宣传。';
    expect(sentences(p)).toEqual(['出版《奋斗吧！中国工人》读本（附录。2023年版）等。', '加强宣传。']);
  });

  it('splits at ； between enumerated items (guangdong 2025)', () => {
    const p = '一是为老年人提供健康管理、医养结合服务和提升养老机构服务水平；二是提升困难群众兜底保障和关爱服务水平；三是为重点群体提供稳定就业保障和温馨暖心服务。';
    expect(sentences(p)).toEqual([
      '一是为老年人提供健康管理、医养结合服务和提升养老机构服务水平；',
      '二是提升困难群众兜底保障和关爱服务水平；',
      '三是为重点群体提供稳定就业保障和温馨暖心服务。',
    ]);
  });

  it('does not split at ； before 第二产业 (gansu 2025: not an enumeration)', () => {
    const p = '第一产业增加值增长6.6%，增速居全国第2位；第二产业增加值增长7.6%，增速居全国第3位。';
    expect(sentences(p)).toHaveLength(1);
  });

  it('ends the last sentence at the paragraph end, and splits at ！ and ……', () => {
    expect(sentences('各位代表！使命重在担当，奋斗创造未来')).toEqual(['各位代表！', '使命重在担当，奋斗创造未来']);
    expect(sentences('等等……下一句。')).toEqual(['等等……', '下一句。']);
  });

  it('ignores an opener that never closes (PDF line-break debris)', () => {
    expect(sentences('打造“中国制造品牌。推动转型。')).toEqual(['打造“中国制造品牌。', '推动转型。']);
  });
});
