import { describe, expect, it } from 'vitest';
import { emptyCounts, fixLine, foldFullwidth, isLetterSpaced } from '../../src/ingest/line-fix.js';

const fix = (s: string) => fixLine(s, emptyCounts());

describe('fixLine', () => {
  it('closes up a letter-spaced justified line (acftu-2023)', () => {
    expect(fix('二 是 深 化 长 效 机 制 建 设 。 召 开')).toBe('二是深化长效机制建设。召开');
    expect(fix('会 工 作 创 新 发 展 的 理 论 基 础 。 加 强')).toBe('会工作创新发展的理论基础。加强');
  });

  it('keeps real spaces between words in slogans (acftu-2023 `十大 建功新时代`)', () => {
    expect(isLetterSpaced('十大 建功新时代”为主题加强职工思想')).toBe(false);
    expect(fix('十大 建功新时代”为主题加强职工思想')).toBe('十大 建功新时代”为主题加强职工思想');
    expect(fix('标 建功伟大复兴征程”项目，教育引导')).toBe('标 建功伟大复兴征程”项目，教育引导');
  });

  it('closes the spaced speaker name (cpc-congress-report/19.txt `习　近　平`)', () => {
    expect(fix('习\u3000近\u3000平')).toBe('习近平');
  });

  it('does not treat a line that merely starts with spaced digits as letter-spaced (corpus 1998.txt)', () => {
    const line = '\u3000\u30001 9 9 8 年是全面贯彻中国共产党第十五次全国代表大会精神的第一年，是推进改革开放和现代化建设事业的重要一年。';
    expect(isLetterSpaced(line.trim())).toBe(false);
    expect(fix(line)).toBe('1998年是全面贯彻中国共产党第十五次全国代表大会精神的第一年，是推进改革开放和现代化建设事业的重要一年。');
  });

  it('removes spaces around numbers (acftu-2023)', () => {
    expect(fix('作，各级工会投入资金 1.1 亿元，帮助 30')).toBe('作，各级工会投入资金1.1亿元，帮助30');
    expect(fix('举办 2022 年“中国梦·劳动美”庆祝“五')).toBe('举办2022年“中国梦·劳动美”庆祝“五');
    expect(fix('运动 100 周年座谈会，对全国第一次劳')).toBe('运动100周年座谈会，对全国第一次劳');
    expect(fix('名义首次对 31个省（区、市）推进改革工')).toBe('名义首次对31个省（区、市）推进改革工');
    expect(fix('电话会议，总结回顾改革 5 年来取得的')).toBe('电话会议，总结回顾改革5年来取得的');
    expect(fix('CPTPP 劳工条款研究，提出应对策略。')).toBe('CPTPP劳工条款研究，提出应对策略。');
  });

  it('removes spaces inside numbers (corpus 1998.txt)', () => {
    expect(fix('本届政府从1 9 9 3 年3 月就职')).toBe('本届政府从1993年3月就职');
    expect(fix('1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，平均每年增长1 1 ％。')).toBe('1997年国内生产总值达到74772亿元，平均每年增长11%。');
    expect(fix('去年经济增长8 .8 %，电话交换机总容量达到1 ．1 亿门。')).toBe('去年经济增长8.8%，电话交换机总容量达到1.1亿门。');
  });

  it('reads a middle dot before a percent sign as a decimal point (corpus 1999.txt), not in a date name (fujian 2025)', () => {
    const counts = emptyCounts();
    expect(fixLine('下半年国有单位固定资产投资增长显著加快，全年增长19·5％，全社会固定资产投资', counts)).toBe('下半年国有单位固定资产投资增长显著加快，全年增长19.5%，全社会固定资产投资');
    expect(counts.decimalDots).toBe(1);
    expect(fix('全覆盖。有力防范应对“6·9”持续性极端强降雨、超')).toBe('全覆盖。有力防范应对“6·9”持续性极端强降雨、超');
    expect(fix('举办2022年“中国梦·劳动美”庆祝')).toBe('举办2022年“中国梦·劳动美”庆祝');
  });

  it('strips U+3000 indents, edge spaces and zero-width characters (corpus 1998.txt, 2017.txt)', () => {
    expect(fix('\u3000\u3000过去的五年，经济发展保持良好势头。 ')).toBe('过去的五年，经济发展保持良好势头。');
    expect(fix('国内生产总值达到74.4\u200b万亿元')).toBe('国内生产总值达到74.4万亿元');
    expect(fix('\u200b')).toBe('');
  });
});

describe('foldFullwidth', () => {
  it('folds full-width digits and letters, keeps CJK punctuation (corpus 1997/2002)', () => {
    expect(foldFullwidth('１９９６年，增长３．３％，ＧＤＰ（国内生产总值）：好！')).toBe('1996年，增长3.3%，GDP（国内生产总值）：好！');
  });
});
