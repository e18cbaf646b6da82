import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/ingest/repair.js';

const lines = (text: string) => repairText(text).text.split('\n');

describe('repairText: hard-wrapped PDF text (seeds/acftu-2023.txt)', () => {
  // Excerpt of the seed as extracted: ~17-char lines, a blank line after each.
  const excerpt = [
    '续红色血脉，坚定不移听党话跟党走。', '', '（二）在新的起点上谋划推进产业工', '',
    '人队伍建设改革。', '', '以开展产业工人队伍建设改革 5周', '',
    '年系列活动为契机，系统总结经验，认真', '', '谋划发展，扎实推动改革不断走深走实。', '',
    '一是多措并举深化改革。召开电视', '', '电话会议，总结回顾改革 5 年来取得的', '',
    '成效和积累的经验，对进一步深化改革', '', '作出部署。举行产改 5 周年新闻发布', '',
    '会，加强对改革成效的宣传。健全完善', '', '协调小组办公室工作机制、全国产业工', '',
    '会作用发挥机制，制定出台发挥企业主', '', '体作用机制、评价考核机制、专题培训机', '',
    '制、分类指导机制的意见。以协调小组', '',
  ].join('\n');

  it('joins wrapped lines into paragraphs, drops blank lines, keeps paragraph starts (acftu-2023)', () => {
    const out = lines(excerpt);
    expect(out).toEqual([
      '续红色血脉，坚定不移听党话跟党走。',
      '（二）在新的起点上谋划推进产业工人队伍建设改革。',
      '以开展产业工人队伍建设改革5周年系列活动为契机，系统总结经验，认真谋划发展，扎实推动改革不断走深走实。',
      '一是多措并举深化改革。召开电视电话会议，总结回顾改革5年来取得的成效和积累的经验，对进一步深化改革作出部署。举行产改5周年新闻发布会，加强对改革成效的宣传。健全完善协调小组办公室工作机制、全国产业工会作用发挥机制，制定出台发挥企业主体作用机制、评价考核机制、专题培训机制、分类指导机制的意见。以协调小组',
    ]);
    expect(repairText(excerpt).layout).toBe('hard-wrapped');
    expect(repairText(excerpt).diagnostics.map((d) => d.code)).toContain('hard-wrap-joined');
  });

  it('rejoins a section heading wrapped without punctuation (acftu-2023 `二、2023年工会工作总体要求` / `和主要任务`)', () => {
    const text = [
      '作改革创新，加强工会经费收缴与管理，', '提高规范化水平。依法全面履行审查审', '计监督职责。',
      '二、2023年工会工作总体要求', '和主要任务', '2023 年是全面贯彻落实党的二十',
      '大精神的开局之年，中国工会将召开第', '十八次全国代表大会。2023 年工会工',
      '作的总体要求是：坚持以习近平新时代', '中国特色社会主义思想为指导，全面贯',
      '彻落实党的二十大精神，贯彻落实习近', '平总书记关于工人阶级和工会工作的重',
    ].join('\n\n');
    expect(lines(text)).toEqual([
      '作改革创新，加强工会经费收缴与管理，提高规范化水平。依法全面履行审查审计监督职责。',
      '二、2023年工会工作总体要求和主要任务',
      '2023年是全面贯彻落实党的二十大精神的开局之年，中国工会将召开第十八次全国代表大会。2023年工会工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，贯彻落实习近平总书记关于工人阶级和工会工作的重',
    ]);
  });

  it('rejoins a number split from its unit by a line break (acftu-2023 `495` / `项职工创新成果`)', () => {
    const text = [
      '三是叫响做实大国工匠品牌。成功', '举办首届大国工匠创新交流大会，495', '项职工创新成果在线签订成果转化意向',
      '书，涉及总金额 84.86 亿元。以“匠心逐', '梦 强国有我”为主题，举办首届大国工', '匠论坛，汇编出版《大国工匠风采录》、',
      '动”，开展产业工人学历能力提升试点工', '作，各级工会投入资金 1.1 亿元，帮助 30', '万职工提升学历水平。',
      '（三）以新就业形态劳动者群体为重', '点深化维权服务。', '落实党中央关于“疫情要防住、经济',
    ].join('\n\n');
    const out = lines(text);
    expect(out[0]).toContain('大会，495项职工创新成果');
    expect(out[0]).toContain('总金额84.86亿元');
    expect(out[0]).toContain('以“匠心逐梦 强国有我”为主题'); // real space in a slogan stays
    expect(out[0]).toContain('投入资金1.1亿元，帮助30万职工提升学历水平。');
    expect(out[1]).toBe('（三）以新就业形态劳动者群体为重点深化维权服务。');
  });
});

describe('repairText: outline markers at the start of a wrapped line', () => {
  const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');
  /** `count` paragraphs of a one-paragraph-per-line seed, from the one holding `from`. */
  const paragraphs = (text: string, from: string, count: number) => {
    const all = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const at = all.findIndex((l) => l.includes(from));
    expect(at).toBeGreaterThanOrEqual(0);
    return all.slice(at, at + count);
  };
  /** Wrapped every `width` characters with a blank line between lines, as PDF extraction gives them. */
  const wrap = (ps: string[], width = 16) =>
    ps.flatMap((p) => Array.from({ length: Math.ceil(p.length / width) }, (_, i) => p.slice(width * i, width * (i + 1)))).join('\n\n');

  it('keeps an inline `三是` in its paragraph when the wrap falls right after `二是…。` (gov-work-report-2016)', () => {
    const ps = paragraphs(seed('gov-work-report-2016'), '适度扩大财政赤字', 2);
    const text = wrap(ps);
    expect(text).toContain('等免征范围。\n\n三是将18项'); // the case under test: the marker opens a line
    expect(lines(text)).toEqual(ps);
  });

  it('still opens a paragraph at `二是` after a full line ending `。` when `一是` opened its own paragraph (acftu-2023)', () => {
    // The seed's own paragraphs, as ingest rebuilds them: each item of the series is a paragraph of its own.
    const ps = repairText(seed('acftu-2023')).text.split('\n');
    const at = ps.findIndex((p, i) => p.startsWith('一是') && ps[i + 1]?.startsWith('二是'));
    expect(at).toBeGreaterThanOrEqual(0);
    const pair = ps.slice(at, at + 2);
    // A wrap width at which the `一是` paragraph fills its last line exactly: the case the inline-series rule must leave alone.
    const width = [14, 15, 16, 17, 18, 19, 20].find((w) => pair[0].length % w === 0);
    expect(width, `no width between 14 and 20 divides ${pair[0].length}`).toBeDefined();
    const text = wrap(pair, width);
    expect(text).toMatch(/。\n\n二是/);
    expect(lines(text)).toEqual(pair);
  });

  it('starts a paragraph at an address to the hall glued to the sentence before (gov-work-report-2024 `…重要贡献。各位代表！`)', () => {
    const [foreign, address, after] = paragraphs(seed('gov-work-report-2024'), '一年来，中国特色大国外交全面推进', 3);
    expect(address).toBe('各位代表！');
    // Extraction that lost both paragraph breaks: one run of full lines.
    const text = wrap([foreign + address + after]);
    // (Compared as repaired: the repair also folds the seed's full-width `中国－中亚`.)
    expect(lines(text)).toEqual([foreign, address + after].map((p) => repairText(p).text));
    expect(repairText(text).diagnostics.map((d) => d.code)).toContain('address-split');
    // The paragraphs counted are those the text ends with, the address's own included.
    expect(repairText(text).diagnostics.find((d) => d.code === 'hard-wrap-joined')?.message).toMatch(/ into 2 paragraphs$/);
    // Not where the words run inside a sentence.
    expect(lines(wrap([`${foreign.slice(0, -1)}，向各位代表！`]))).toHaveLength(1);
  });
});

describe('repairText: wikisource layout (blank line between one-line paragraphs)', () => {
  it('keeps separate paragraphs separate (gov-work-report-2017)', () => {
    const text =
      '——就业增长超出预期。全年城镇新增就业1314万人。\n\n——\n改革开放深入推进。重要领域和关键环节改革取得突破性进展。\n\n——经济结构加快调整。消费在经济增长中发挥主要拉动作用。\n';
    expect(lines(text)).toEqual([
      '——就业增长超出预期。全年城镇新增就业1314万人。',
      '——改革开放深入推进。重要领域和关键环节改革取得突破性进展。',
      '——经济结构加快调整。消费在经济增长中发挥主要拉动作用。',
    ]);
  });

  it('keeps a heading indented with em spaces apart from the paragraph after it (corpus provincial 2025 shanghai.txt)', () => {
    // Web texts indent every line with two U+2003; the heading has no end punctuation but is still a heading.
    const text =
      '\u2003\u2003现在，我代表上海市人民政府，向大会报告工作，请予审议。\n\u2003\u2003一、2024年工作回顾\n\u2003\u2003过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导。\n' +
      '\u2003\u2003（一）奋力落实“五个中心”建设重要使命，城市核心功能进一步强化\n\u2003\u2003加快国际经济中心建设，产业体系现代化水平持续提升。\n';
    // The indents go as U+3000 ones do.
    expect(lines(text)).toEqual([
      '现在，我代表上海市人民政府，向大会报告工作，请予审议。',
      '一、2024年工作回顾',
      '过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导。',
      '（一）奋力落实“五个中心”建设重要使命，城市核心功能进一步强化',
      '加快国际经济中心建设，产业体系现代化水平持续提升。',
    ]);
  });

  it('joins a wikilinked law title back into its sentence (corpus 2006.txt)', () => {
    const text = '推进国有企业改革。要认真贯彻《\n中华人民共和国公司法\n》，加快国有大型企业股份制改革。\n\n推进集体企业改革和发展。\n';
    expect(lines(text)).toEqual(['推进国有企业改革。要认真贯彻《中华人民共和国公司法》，加快国有大型企业股份制改革。', '推进集体企业改革和发展。']);
  });

  it('joins a subscript on its own line (corpus 2014.txt `细颗粒物（PM` / `2.5` / `）`)', () => {
    const text = '出重拳强化污染防治。以雾霾频发的特大城市和区域为重点，以细颗粒物（PM\n2.5\n）和可吸入颗粒物（PM\n10\n）治理为突破口，深入实施大气污染防治行动计划。\n';
    expect(lines(text)).toEqual(['出重拳强化污染防治。以雾霾频发的特大城市和区域为重点，以细颗粒物（PM2.5）和可吸入颗粒物（PM10）治理为突破口，深入实施大气污染防治行动计划。']);
  });

  it('drops a U+200B page-marker line and rejoins the word it split (corpus 2021.txt `交出一份人` / `民满意`)', () => {
    const text = '决胜全面建成小康社会取得决定性成就，交出一份人\n\u200b\n民满意、世界瞩目、可以载入史册的答卷。\n\n在艰辛的抗疫历程中，党中央始终坚持人民至上。\n';
    const r = repairText(text);
    expect(r.text).toBe('决胜全面建成小康社会取得决定性成就，交出一份人民满意、世界瞩目、可以载入史册的答卷。\n在艰辛的抗疫历程中，党中央始终坚持人民至上。');
    expect(r.diagnostics.map((d) => d.code)).toContain('zero-width-removed');
  });

  it('rejoins the split title and drops the leading marker (gov-work-report-2017 `政府工作报` / `告`)', () => {
    const text = '\u200b\n\n\n政府工作报\n告\n\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n\n\n国务院总理\n\u3000李克强\n\n\n各位代表：\n\n\n现在，我代表国务院，向大会报告政府工作。\n\n\n\n\n\n一、2016年工作回顾\n\n\n过去一年，我国发展面临国内外诸多矛盾叠加。';
    expect(lines(text)).toEqual([
      '政府工作报告',
      '——2017年3月5日在第十二届全国人民代表大会第五次会议上',
      '国务院总理李克强',
      '各位代表：',
      '现在，我代表国务院，向大会报告政府工作。',
      '一、2016年工作回顾',
      '过去一年，我国发展面临国内外诸多矛盾叠加。',
    ]);
  });

  it('folds full-width digits but keeps CJK punctuation (corpus 2002.txt `首先报告２００１年的工作`)', () => {
    const text = '\n首先报告２００１年的工作\n\n\u3000\u3000城镇居民人均可支配收入实际增长８．５％。中央财政（含国债）投入增加，成效明显！\n';
    expect(lines(text)).toEqual(['首先报告2001年的工作', '城镇居民人均可支配收入实际增长8.5%。中央财政（含国债）投入增加，成效明显！']);
  });
});

describe('repairText: one sentence per line (gov-work-report-2020 TMX)', () => {
  it('never joins a line ending in 。 and rejoins segments cut at a comma', () => {
    const text = '开展了疫情防控的人民战争、总体战、阻击战。\n广大医务人员英勇奋战，\n人民解放军指战员勇挑重担，\n科技工作者协同攻关。\n一、2019年和今年以来工作回顾\n去年，我国发展面临诸多困难挑战。\n';
    expect(lines(text)).toEqual([
      '开展了疫情防控的人民战争、总体战、阻击战。',
      '广大医务人员英勇奋战，人民解放军指战员勇挑重担，科技工作者协同攻关。',
      '一、2019年和今年以来工作回顾',
      '去年，我国发展面临诸多困难挑战。',
    ]);
  });

  it('keeps the speaker and salutation lines apart', () => {
    expect(lines('政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n国务院总理 李克强\n各位代表：\n')).toEqual([
      '政府工作报告',
      '——2020年5月22日在第十三届全国人民代表大会第三次会议上',
      '国务院总理 李克强',
      '各位代表：',
    ]);
  });
});

describe('repairText: a part title on a line of its own (provincial 2025 sichuan, tibet)', () => {
  it('keeps 2024年工作回顾 and 2025年工作安排建议 apart from the text around them', () => {
    // Sichuan 2025's own lines: the title ends without punctuation, so it was read as a line cut inside a sentence.
    const text = '现在，我代表省人民政府，向大会报告工作，请予审议。\n2024年工作回顾\n过去一年，是实现“十四五”规划目标任务的关键一年。\n2025年工作安排建议\n今年是“十四五”规划收官之年。\n';
    expect(lines(text)).toEqual([
      '现在，我代表省人民政府，向大会报告工作，请予审议。',
      '2024年工作回顾',
      '过去一年，是实现“十四五”规划目标任务的关键一年。',
      '2025年工作安排建议',
      '今年是“十四五”规划收官之年。',
    ]);
  });

  it('still joins a line that starts with a year but runs on into the next (a title line, a date line)', () => {
    expect(lines('2025年云南省政府工作报告\n来源：云南日报\n')).toEqual(['2025年云南省政府工作报告', '来源：云南日报']);
    expect(lines('2025年要着力\n扩大内需。\n')).toEqual(['2025年要着力扩大内需。']);
  });
});

describe('repairText: line endings', () => {
  it('treats CRLF and CR like LF', () => {
    expect(repairText('各位代表：\r\n\r\n现在，我代表国务院。\r二、今年工作').text).toBe('各位代表：\n现在，我代表国务院。\n二、今年工作');
  });
});

describe('repairText: terminal control sequences', () => {
  it('drops colour codes, a window-title sequence and stray control characters from real text, and says so', () => {
    const excerpt = readFileSync('test/fixtures/bad/excerpt-2024.txt', 'utf8');
    const clean = repairText(excerpt);
    // Pasted from a terminal: coloured words, a retitle (OSC … BEL), a NUL and a backspace.
    const dirty = excerpt
      .replace('高质量发展', '\u001b[1;31m高质量发展\u001b[0m')
      .replace('。', '\u001b]0;PWNED\u0007。')
      .replace('，', '，\u0000\u0008');
    expect(dirty).not.toBe(excerpt);
    const r = repairText(dirty);
    expect(r.text).toBe(clean.text);
    expect(r.diagnostics.map((d) => d.code)).toContain('controls-removed');
    expect(r.diagnostics.find((d) => d.code === 'controls-removed')!.message).toMatch(/removed 5 terminal control/);
  });
});
