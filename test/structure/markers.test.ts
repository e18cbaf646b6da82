import { describe, expect, it } from 'vitest';
import { protectedSpans } from '../../src/structure/brackets.js';
import { findMarker, parseOrdinal } from '../../src/structure/markers.js';

const marker = (p: string) => findMarker(p, 0, p.length, protectedSpans(p, 0, p.length));

describe('parseOrdinal', () => {
  it('reads Chinese numerals up to 九十九 and ASCII digits', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '12'].map(parseOrdinal)).toEqual([1, 9, 10, 11, 20, 23, 12]);
  });
});

describe('findMarker', () => {
  it('reads a run-in （一） heading up to its first 。 (gov 2024)', () => {
    const p = '（一）大力推进现代化产业体系建设，加快发展新质生产力。充分发挥创新主导作用。';
    expect(marker(p)).toMatchObject({ marker: '（一）', ordinal: 1, start: 0, end: 27, tooLong: false });
  });

  it('takes a whole line without end punctuation (gov 2020 三、…)', () => {
    const p = '三、加大宏观政策实施力度，着力稳企业保就业';
    expect(marker(p)).toMatchObject({ marker: '三、', ordinal: 3, end: p.length });
  });

  it('flags a 一是 whose first sentence is long as body text', () => {
    const long = '一是把学习宣传贯彻党的二十大精神不断引向深入并在全系统形成学习宣传贯彻的浓厚氛围和强大合力。坚持不懈。';
    expect(marker(long)?.tooLong).toBe(true);
    expect(marker('一是多措并举深化改革。召开电视电话会议。')).toMatchObject({ marker: '一是', tooLong: false, end: 11 });
  });

  it('stops a heading at a sooner ；or ：', () => {
    expect(marker('第一，向深化改革要动力：改革是最大的红利。')?.end).toBe(12);
  });

  it('does not take numbers in body text for headings', () => {
    expect(marker('1.1亿元用于职工帮扶。')).toBeNull();
    expect(marker('2.5')).toBeNull();
    expect(marker('2022 年全国工会维护劳动领域政治安全工作座谈会')).toBeNull();
    expect(marker('1.国家先进制造业集群。')).toMatchObject({ marker: '1.', ordinal: 1 });
  });
});
