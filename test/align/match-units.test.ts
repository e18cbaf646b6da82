import { describe, expect, it } from 'vitest';
import { changeWith, filesDiff, fixture, seedDiff } from '../helpers/seeds.js';
import { closestUnit, unitsById } from '../../src/report.js';

describe('matching on the ACFTU seed: 2022 review against the 2023 plan', () => {
  const diff = () => seedDiff('acftu-2023.txt#review', 'acftu-2023.txt#plan');

  it.each([
    ['求学圆梦行动', '求学圆梦行动'],
    ['技术工人疗休养', '技术工人疗休养'],
    ['户外劳动者服务站点', '户外劳动者服务站点'],
    ['政府与同级工会联席会议', '政府与同级工会联席会议'],
  ])('links the carried-over initiative %s across sections and long sentences', async (oldPhrase, newPhrase) => {
    const d = await diff();
    const c = changeWith(d, 'new', newPhrase);
    expect(c, `no NEW unit contains ${newPhrase}`).toBeDefined();
    expect(['carried', 'modified']).toContain(c!.kind);
    expect(c!.old!.text).toContain(oldPhrase);
  });

  it.each(['全国职工数字化应用技术技能大赛', '中国工匠日'])('marks the genuinely new %s as new', async (phrase) => {
    const c = changeWith(await diff(), 'new', phrase);
    expect(c?.kind).toBe('new');
  });
});

describe('matching on consecutive Government Work Reports (2024 → 2025)', () => {
  const diff = () => seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');

  it('links an initiative carried over in other words: 开展“人工智能+”行动 → 持续推进“人工智能+”行动', async () => {
    const c = changeWith(await diff(), 'new', '持续推进“人工智能+”行动');
    expect(c?.kind).toBe('modified');
    expect(c!.old!.text).toContain('人工智能+');
  });

  it('links a reworded initiative: 稳步实施城市更新行动 → …推进城市更新', async () => {
    const c = changeWith(await diff(), 'old', '稳步实施城市更新行动');
    expect(c?.kind).toBe('modified');
    expect(c!.new!.text).toMatch(/推进城市更新/);
    expect(c!.shared).toContain('城市更新');
  });

  it('shows at most six shared words, never a piece of a stronger one listed before it, and a long shared word before its pieces', async () => {
    const d = await diff();
    const shown = d.changes.filter((c) => c.kind === 'modified').map((c) => c.shared!);
    expect(shown.some((s) => s.length === 6)).toBe(true);
    for (const s of shown) {
      expect(s.length).toBeLessThanOrEqual(6);
      // 求学圆梦行动 says it all: its pieces 求学, 圆梦, no stronger, would only repeat it.
      for (let i = 0; i < s.length; i++) for (let j = 0; j < i; j++) expect(s[j].includes(s[i]), `${s[i]} inside ${s[j]} in ${s.join('、')}`).toBe(false);
    }
    // A pair with a long shared word and its pieces: the word comes first, and its pieces are left out.
    const c = changeWith(d, 'old', '稳步实施城市更新行动');
    expect(c!.shared![0]).toBe('城市更新');
    expect(c!.shared).not.toContain('更新');
  });

  it('never links two units that share only boilerplate verbs and nouns', async () => {
    const d = await diff();
    const generic = /^(加强|强化|完善|健全|推进|推动|深化|实施|落实|支持|促进|提高|提升|加快|加大|机制|体系|制度|建设|发展|工作|政策|体制机制|改革|创新)$/;
    for (const c of d.changes) {
      if (c.kind !== 'modified') continue;
      // A reworded pair must share at least one term that is not boilerplate.
      expect(c.shared!.some((t) => !generic.test(t)), `${c.old!.text} → ${c.new!.text}`).toBe(true);
    }
  });

  it('marks terms that appear for the first time as new', async () => {
    const d = await diff();
    // Each of these is absent from the 2024 report (checked with grep).
    for (const phrase of ['提振消费专项行动', '具身智能', '育儿补贴', '投资于人']) {
      const c = changeWith(d, 'new', phrase);
      expect(c, phrase).toBeDefined();
      // New as a whole unit, or as inserted words of a unit that was reworded.
      const inserted = (c!.diff ?? []).filter((o) => o.op === 'insert').map((o) => o.text).join('|');
      expect(c!.kind === 'new' || inserted.includes(phrase), `${c!.kind}: ${c!.new!.text}`).toBe(true);
    }
  });
});

// Not a benchmark pair (bench/labels holds 2021 → 2022 and 2024 → 2025).
describe('matching on consecutive Government Work Reports (2022 → 2023)', () => {
  const diff = () => seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt');

  it('links two clauses on the same quoted slogan: 继续做好“六稳”、“六保”工作 → 持续做好…', async () => {
    // jieba cuts 六稳 into 六|稳, so without the slogan as a term they shared only 做好 and 工作.
    const c = changeWith(await diff(), 'new', '持续做好“六稳”、“六保”工作');
    expect(c?.kind).toBe('modified');
    expect(c!.old!.text).toContain('做好“六稳”、“六保”工作');
    expect(c!.shared).toEqual(expect.arrayContaining(['六稳', '六保']));
  });

  it('links a stock clause of boilerplate words when it is nearly the same: 推进国家安全体系和能力建设', async () => {
    const c = changeWith(await diff(), 'new', '深入推进国家安全体系和能力建设');
    expect(c?.kind).toBe('modified');
    expect(c!.old!.text).toBe('推进国家安全体系和能力建设。');
  });
});

describe('clauses worded nearly alike whose shared words are all common', () => {
  it('links them within aligned sections: 稳就业任务更加艰巨 (2022) → 稳就业任务艰巨 (2023)', async () => {
    // jieba keeps 任务艰巨 as one word in 2023, so 艰巨 counts there only as a sub-word, which never anchors;
    // 就业 and 任务 are common; and the weighted similarity is below the 0.65 an unanchored pair needs.
    const d = await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt');
    const c = changeWith(d, 'new', '稳就业任务艰巨');
    expect(c?.kind).toBe('modified');
    expect(c!.old!.text).toBe('稳就业任务更加艰巨。');
    expect(c!.similarity).toBeLessThan(0.65);
  });

  it('does not link template look-alikes across sections: 加强劳动者权益保护 ≠ 加强消费者权益保护 (2023 → 2024)', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const c = changeWith(d, 'new', '加强消费者权益保护');
    expect(c).toBeDefined();
    expect(c!.old?.text ?? '').not.toContain('劳动者');
  });
});

describe('units that matching left alone on both sides', () => {
  it('pair when mutually closest in aligned sections: 需求不足仍是突出矛盾 (2023) → 有效需求不足 (2024)', async () => {
    // Their shared words (需求, 不足) are common: no anchor, and below the 0.65 an unanchored pair needs.
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const c = changeWith(d, 'new', '有效需求不足');
    expect(c?.kind).toBe('modified');
    expect(c!.old!.text).toBe('需求不足仍是突出矛盾，');
    expect(c!.moved).toBe(false);
  });

  it.each([
    {
      // Not moved (2023's 对今年政府工作的建议 and 2024's 2024年政府工作任务 hold aligned subsections), but their
      // parents do not align: there these passes linked template look-alikes (isMovedUnderAlignedParents).
      why: 'in subsections whose parents only correspond',
      pair: ['2023', '2024'],
      unit: '巩固拓展主题教育成果',
      notFrom: '国防和军队',
    },
    {
      // The two sections align (2023's review took the themes of 2022's plan), but the plan's text moved into the review.
      why: 'across a move, from 2022\'s plan into 2023\'s review',
      pair: ['2022', '2023'],
      unit: '加强全面质量管理和质量基础设施建设',
      notFrom: '数字信息基础设施',
    },
  ])('do not pair $why: $unit ≠ …$notFrom…', async ({ pair, unit, notFrom }) => {
    const d = await seedDiff(`gov-work-report-${pair[0]}.txt`, `gov-work-report-${pair[1]}.txt`);
    const c = changeWith(d, 'new', unit);
    expect(c).toBeDefined();
    expect(c!.old?.text ?? '').not.toContain(notFrom);
  });
});

describe('statements of a policy stance left alone', () => {
  it.each([
    { pair: ['2024', '2025'], unit: '实施适度宽松的货币政策。', partner: '稳健的货币政策要灵活适度、精准有效。', why: 'a change of stance, sharing 货币政策 and 适度 only (0.495)' },
    { pair: ['2018', '2020'], unit: '积极的财政政策要更加积极有为。', partner: '积极的财政政策取向不变，要聚力增效。', why: 'the same stance, said of another task' },
  ])('link as a rewording in place: $partner → $unit ($why)', async ({ pair, unit, partner }) => {
    const d = await seedDiff(`gov-work-report-${pair[0]}.txt`, `gov-work-report-${pair[1]}.txt`);
    const c = changeWith(d, 'new', unit);
    expect(c?.kind).toBe('modified');
    expect(c!.old!.text).toBe(partner);
    expect(c!.moved).toBe(false);
    // One word shared below 0.5 in place would mark it weak; the stance formula is the evidence.
    expect(c!.weak).toBeUndefined();
  });

  it("take a stance from a partner that speaks only of the policy's room (2024 → 2025: 用好财政政策空间 had 实施更加积极的财政政策)", async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const c = changeWith(d, 'new', '实施更加积极的财政政策。');
    // 2024's own fiscal stance, before the sentence that states both stances together.
    expect([c?.kind, c?.old?.text]).toEqual(['modified', '积极的财政政策要适度加力、提质增效。']);
    expect(changeWith(d, 'old', '继续实施积极的财政政策和稳健的货币政策，')?.kind).toBe('dropped');
    expect(changeWith(d, 'old', '用好财政政策空间')?.new?.text ?? '').not.toContain('积极的财政政策');
  });

  it.each([
    { pair: ['gov-work-report-2014.txt#plan', 'gov-work-report-2016.txt#review'], side: 'new' as const, unit: '稳健的货币政策注重松紧适度，', partner: '货币政策要保持松紧适度，' },
    { pair: ['gov-work-report-2017.txt#review', 'gov-work-report-2017.txt#plan'], side: 'old' as const, unit: '稳健的货币政策灵活适度，', partner: '货币政策要保持稳健中性。' },
  ])('leave a stance with a partner that speaks of the policy itself: $unit ↔ $partner', async ({ pair, side, unit, partner }) => {
    const d = await seedDiff(pair[0], pair[1]);
    expect(changeWith(d, side, unit)?.[side === 'old' ? 'new' : 'old']?.text).toBe(partner);
  });

  it('link a change of stance that shares the policy alone, and do not mark it weak (gov 2008 → 2009: 从紧 → 适度宽松)', async () => {
    const d = await filesDiff(fixture('align/gov-work-report-2008-policy-stance.txt'), fixture('align/gov-work-report-2009-policy-stance.txt'));
    const monetary = changeWith(d, 'new', '实施适度宽松的货币政策。');
    expect([monetary?.kind, monetary?.old?.text, monetary?.shared, monetary?.moved, monetary?.weak]).toEqual(['modified', '实行从紧的货币政策，', ['货币政策'], false, undefined]);
    expect(changeWith(d, 'new', '实施积极的财政政策。')?.old?.text).toBe('继续实行稳健的财政政策，');
  });
});

describe('units left alone paired by their characters', () => {
  it.each([
    // jieba cuts 全民健身运动 as 全民|健身运动 and 全民健身 whole: the two share no word but 开展 and a sub-word.
    ['积极开展全民健身运动。', '全民健身广泛开展。'],
    ['少数干部不担当、不作为、乱作为，', '有的干部不作为、乱作为、简单化，'],
  ])('link when each is the other\'s most alike in aligned sections (2022 → 2023): %s → %s', async (oldText, newText) => {
    const d = await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt');
    const c = changeWith(d, 'new', newText);
    expect(c?.kind).toBe('modified');
    expect(c!.old!.text).toBe(oldText);
    expect(c!.moved).toBe(false);
    expect(d.changes.some((x) => x.kind === 'dropped' && x.old!.text === oldText)).toBe(false);
  });
});

describe('a heading and a clause', () => {
  it('link when nearly the same and nothing else claims them: 三是叫响做实大国工匠品牌 (2022 review) → 进一步叫响做实大国工匠品牌 (2023 plan)', async () => {
    const d = await seedDiff('acftu-2023.txt#review', 'acftu-2023.txt#plan');
    const c = changeWith(d, 'old', '三是叫响做实大国工匠品牌');
    expect(c?.kind).toBe('modified');
    expect(c!.new!.text).toBe('进一步叫响做实大国工匠品牌，');
  });

  it('never take a heading from the heading it is aligned with: （五）扩大高水平对外开放 (2024) keeps its 2025 heading', async () => {
    // Competing with the rest, the clause 扩大高水平对外开放 (0.81) took the 2024 heading from its 2025 counterpart.
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const c = changeWith(d, 'old', '（五）扩大高水平对外开放，促进互利共赢。');
    expect(c?.new?.text).toBe('（五）扩大高水平对外开放，积极稳外贸稳外资。');
  });
});

describe('weak links: moves and lone shared words that little backs are marked, the rest are not', () => {
  // Each a link: [pair, the side the phrase is on, the unit, its partner, moved or in place, weak, why].
  const cases: Array<{ pair: [string, string]; side: 'old' | 'new'; unit: string; partner: string; moved: boolean; weak: boolean; why: string }> = [
    { pair: ['2017', '2018'], side: 'old', unit: '编制西部大开发“十三五”规划，', partner: '“十三五”规划顺利实施', moved: true, weak: true, why: 'two content words shared below 0.8, the rest of the sentences unalike' },
    { pair: ['2017', '2018'], side: 'new', unit: '科技进步贡献率由52.2%提高到57.5%', partner: '科技进步贡献率上升到56.2%', moved: true, weak: false, why: 'the pair itself is close' },
    { pair: ['2022', '2023'], side: 'old', unit: '增强双创平台服务能力。', partner: '支持平台经济发展。', moved: true, weak: true, why: '平台 alone shared, below 0.8' },
    { pair: ['2022', '2023'], side: 'old', unit: '加快转变政府职能。', partner: '持续推进政府职能转变。', moved: true, weak: false, why: 'two words shared, but from 0.8' },
    { pair: ['2022', '2023'], side: 'old', unit: '激发市场活力和社会创造力。', partner: '用改革办法激发市场活力。', moved: true, weak: false, why: 'three words shared' },
    { pair: ['2024', '2025'], side: 'old', unit: '统筹高质量发展和高水平安全，', partner: '扩大高水平对外开放', moved: false, weak: true, why: 'in place, 高水平 alone shared, below 0.5, no neighbour linked' },
    { pair: ['2024', '2025'], side: 'old', unit: '始终把饭碗牢牢端在自己手上。', partner: '共同把饭碗端得更牢', moved: false, weak: false, why: 'in place, 饭碗 alone, but its neighbour is linked to the partner\'s' },
    { pair: ['2024', '2025'], side: 'old', unit: '坚决制止铺张浪费。', partner: '严禁铺张浪费', moved: false, weak: false, why: 'in place, 铺张浪费 alone, from 0.5' },
    { pair: ['2017', '2018'], side: 'old', unit: '比去年增加2000亿元。', partner: '比去年增加5500亿元', moved: true, weak: true, why: 'a figure alone, whatever its similarity, no neighbour linked' },
    { pair: ['2016', '2017'], side: 'old', unit: '比去年增加5600亿元，', partner: '比去年增加2000亿元', moved: true, weak: false, why: 'a figure alone, but its neighbour is linked to the partner\'s' },
  ];
  it.each(cases)('$unit → $partner: weak $weak ($why)', async ({ pair, side, unit, partner, moved, weak }) => {
    const d = await seedDiff(`gov-work-report-${pair[0]}.txt`, `gov-work-report-${pair[1]}.txt`);
    const c = changeWith(d, side, unit);
    expect(c?.[side === 'old' ? 'new' : 'old']?.text).toContain(partner);
    expect(c!.moved).toBe(moved);
    expect(!!c!.weak).toBe(weak);
    expect(d.counts.weak).toBe(d.changes.filter((x) => x.weak).length);
  });

  it('tells the two kinds apart by what the pair shares (2022 → 2023)', async () => {
    const d = await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt');
    const link = (unit: string) => changeWith(d, 'old', unit)!;
    expect([link('增强双创平台服务能力。').shared, link('增强双创平台服务能力。').similarity! < 0.8]).toEqual([['平台'], true]);
    expect([link('加快转变政府职能。').shared!.length, link('加快转变政府职能。').similarity! >= 0.8]).toEqual([2, true]);
    expect([link('激发市场活力和社会创造力。').shared!.length, link('激发市场活力和社会创造力。').similarity! < 0.8]).toEqual([3, true]);
  });

  it('marks a link in place by its one shared word and similarity (2024 → 2025)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const link = (unit: string) => changeWith(d, 'old', unit)!;
    expect([link('统筹高质量发展和高水平安全，').shared, link('统筹高质量发展和高水平安全，').similarity! < 0.5]).toEqual([['高水平'], true]);
    expect([link('始终把饭碗牢牢端在自己手上。').shared, link('始终把饭碗牢牢端在自己手上。').similarity! < 0.5]).toEqual([['饭碗'], true]);
    expect([link('坚决制止铺张浪费。').shared, link('坚决制止铺张浪费。').similarity! >= 0.5]).toEqual([['铺张浪费'], true]);
  });
});

describe('weak moves that rest on one content word are undone', () => {
  const diff = () => seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');

  it.each([
    ['真正精打细算，', '坚持真正的多边主义，', '真正'],
    ['我们要坚持教育优先发展，', '实施健康优先发展战略，', '优先发展'],
    ['努力实现全年增长目标。', '努力实现高质量发展和高水平安全的良性互动。', '努力实现'],
  ])('%s and %s, which share %s alone, are dropped and new, each with a unit alike to check it against', async (oldUnit, newUnit) => {
    const d = await diff();
    const units = unitsById(d);
    const dropped = changeWith(d, 'old', oldUnit)!;
    const added = changeWith(d, 'new', newUnit)!;
    expect([dropped.kind, added.kind]).toEqual(['dropped', 'new']);
    // Not claimed sure: the reader is pointed at a look-alike to check the claim against.
    for (const c of [dropped, added]) expect(closestUnit(c, units)?.similarity).toBeGreaterThanOrEqual(0.3);
  });

  it('points the claim at the look-alike it was linked to: 真正精打细算 → 坚持真正的多边主义', async () => {
    const d = await diff();
    expect(closestUnit(changeWith(d, 'old', '真正精打细算，')!, unitsById(d))?.unit.text).toBe('坚持真正的多边主义，');
  });

  it('keeps a weak move that shares more words (总量, 结构性, 矛盾, 就业) and one alike from 0.6 (城市更新); two content words: see the weak-links table above (十三五, 规划)', async () => {
    const d = await diff();
    const twoWords = changeWith(d, 'old', '就业总量压力和结构性矛盾并存，')!;
    expect([twoWords.kind, twoWords.moved, twoWords.weak, twoWords.similarity! < 0.6]).toEqual(['modified', true, true, true]);
    expect(twoWords.new!.text).toContain('就业总量和结构性矛盾');
    const alike = changeWith(d, 'old', '稳步实施城市更新行动')!;
    expect([alike.kind, alike.moved, alike.shared, alike.similarity! >= 0.6]).toEqual(['modified', true, ['城市更新'], true]);
  });
});

describe('headings of sections aligned one to one', () => {
  it('links a reworded heading to its counterpart: （一）着力扩大国内需求 (2023) → （三）着力扩大国内需求，推动经济实现良性循环 (2024)', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const c = changeWith(d, 'old', '（一）着力扩大国内需求。');
    expect(c?.kind).toBe('modified');
    expect(c!.new!.text).toBe('（三）着力扩大国内需求，推动经济实现良性循环。');
  });

  it('leaves headings with no words in common apart, even when their sections are aligned', async () => {
    const d = await seedDiff('acftu-2023.txt#review', 'acftu-2023.txt#plan');
    const old = changeWith(d, 'old', '三是叫响做实大国工匠品牌');
    expect(old?.new?.text ?? '').not.toContain('广泛开展劳动和技能竞赛');
    // The premise: the two sections are aligned, so only the similarity floor keeps the headings apart.
    const pair = d.sections.find((s) => s.old?.at(-1) === '叫响做实大国工匠品牌');
    expect(pair?.new?.at(-1)).toBe('广泛开展劳动和技能竞赛');
  });

  it('links a part title nearly the same in another place before the aligned one: 三、2014年重点工作 → 三、2016年重点工作, not 二、2014年工作总体部署', async () => {
    const d = await seedDiff('gov-work-report-2014.txt', 'gov-work-report-2016.txt');
    const c = changeWith(d, 'new', '三、2016年重点工作');
    expect(c?.old?.text).toBe('三、2014年重点工作');
    // The premise: the sections table pairs 2016's part with 2014's 总体部署, whose heading the aligned rule took.
    const pair = d.sections.find((s) => s.new?.length === 1 && s.new[0] === '2016年重点工作');
    expect(pair?.old).toEqual(['2014年工作总体部署']);
    expect(changeWith(d, 'old', '二、2014年工作总体部署')?.kind).toBe('dropped');
  });
});

describe('a plan item that the next report both reports done and takes up again', () => {
  it('links the review’s mention as a repeat of the plan item, which the plans link first (2016 → 2017: 再开工20项重大水利工程)', async () => {
    const c = changeWith(await seedDiff('gov-work-report-2016.txt', 'gov-work-report-2017.txt'), 'new', '新开工重大水利工程21项')!;
    expect(c).toMatchObject({ kind: 'modified', repeats: 'old' });
    expect(c.old!.text).toBe('再开工20项重大水利工程，');
    expect(c.old!.section[0]).toBe('2016年重点工作');
    expect(c.new!.section).toEqual(['2016年工作回顾']);
    expect(c.also!.text).toBe('再开工15项重大水利工程，');
  });

  it('does not lower the bar for repeats without that reason (2021 → 2022: 出台碳达峰行动方案 is not 出台国企改革三年行动方案)', async () => {
    const c = changeWith(await seedDiff('gov-work-report-2021.txt', 'gov-work-report-2022.txt'), 'new', '出台碳达峰行动方案')!;
    expect(c.old?.text ?? '').not.toContain('国企改革');
  });
});

describe('units whose words anchor nothing but which share a run said nowhere else', () => {
  it('links 推进基本养老保险全国统筹 to 稳步实施企业职工基本养老保险全国统筹 (2021 → 2022: genre words, and jieba cuts 职工基本)', async () => {
    const c = changeWith(await seedDiff('gov-work-report-2021.txt', 'gov-work-report-2022.txt'), 'old', '推进基本养老保险全国统筹')!;
    expect(c.kind).toBe('modified');
    expect(c.new!.text).toBe('稳步实施企业职工基本养老保险全国统筹，');
  });

  it('leaves a stock run shared by two less alike clauses alone (2018 → 2020: 世界经济增长, a share of growth against a slump)', async () => {
    const d = await seedDiff('gov-work-report-2018.txt', 'gov-work-report-2020.txt');
    expect(changeWith(d, 'old', '对世界经济增长贡献率超过30%')?.kind).toBe('dropped');
    expect(changeWith(d, 'new', '世界经济增长低迷')?.kind).toBe('new');
  });
});

describe('a numbered slogan against its list spelt out', () => {
  it('links “放管服”改革取得新进展 to 简政放权、放管结合、优化服务改革不断深化 (2022 → 2023)', async () => {
    const c = changeWith(await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt'), 'old', '“放管服”改革取得新进展')!;
    expect(c.kind).toBe('modified');
    expect(c.new!.text).toBe('简政放权、放管结合、优化服务改革不断深化，');
    expect(c.shared).toContain('放管服');
  });
});

describe('a figure stated as a share of GDP', () => {
  it('is not a repeat of the GDP target it names as its whole (2024 → 2025: 数字经济核心产业增加值占国内生产总值比重 is not 国内生产总值增长5%左右)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const c = changeWith(d, 'new', '数字经济核心产业增加值占国内生产总值比重达到10%左右')!;
    expect(c.old?.text ?? '').not.toContain('国内生产总值增长');
    // The target itself still links to NEW's own target.
    expect(changeWith(d, 'old', '国内生产总值增长5%左右')?.new?.text).toBe('国内生产总值增长5%左右；');
  });

  it('leaves GDP its weight where it is part of an indicator’s name (2024 → 2025: 单位国内生产总值能耗, energy per unit of GDP, still repeats)', async () => {
    // Lightening 单位国内生产总值 as well undid this right link: the energy target, reported done and set again.
    const c = changeWith(await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt'), 'new', '单位国内生产总值能耗降幅超过3%')!;
    expect(c).toMatchObject({ kind: 'modified', repeats: 'old' });
    expect(c.old!.text).toBe('单位国内生产总值能耗降低2.5%左右，');
  });
});

describe('clauses that carry a figure and name nothing else', () => {
  it('are never a repeat of one another: the measure is in the clause before (gov 2005 → 2006: 比上年增长9.5%, 2004’s GDP, is not 比上年增长18.3%, spending on science)', async () => {
    const d = await filesDiff(fixture('align/gov-work-report-2005.txt'), fixture('align/gov-work-report-2006.txt'));
    for (const phrase of ['比上年增长18.3%', '比上年增加349亿元']) {
      const c = changeWith(d, 'new', phrase)!;
      expect(c.repeats).toBeUndefined();
    }
    // The premise: OLD says both figures, each after its own measure.
    expect(changeWith(d, 'old', '比上年增长9.5%')).toBeDefined();
    expect(changeWith(d, 'old', '比上年增加26亿元')).toBeDefined();
  });
});

describe('words that only carry a figure (增长, 左右, 万亿元)', () => {
  it('anchor no link: 2024’s growth target is not 2025’s share of world growth, and meets 2025’s GDP result instead (2024 plan → 2025 review)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt#plan', 'gov-work-report-2025.txt#review');
    expect(changeWith(d, 'new', '对全球经济增长的贡献率保持在30%左右')?.old?.text ?? '').not.toContain('经济增长预期目标');
    expect(changeWith(d, 'old', '国内生产总值增长5%左右')?.new?.text).toBe('国内生产总值达到134.9万亿元、增长5%，');
  });

  it('nor does an approximate number’s piece (多万, 亿多): 2016 → 2017’s 3亿多农村人口 (drinking water) is not 13亿多人口 (the country)', async () => {
    const d = await seedDiff('gov-work-report-2016.txt', 'gov-work-report-2017.txt');
    expect(changeWith(d, 'new', '13亿多人口的发展中大国')?.old?.text ?? '').not.toContain('饮水安全');
  });
});
