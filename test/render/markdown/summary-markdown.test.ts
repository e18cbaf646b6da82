import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderSummaryText } from '../../../src/render/markdown/index.js';
import { buildSummary } from '../../../src/summary/index.js';
import { added, carried, del, dropped, eq, ins, makeDiff, modified } from '../../fixtures/summary/make-diff.js';
import { seedDiff } from '../../helpers/seeds.js';

const PLAN = ['2025年政府工作任务'];
const diff = () =>
  makeDiff(
    [
      carried('经济运行总体平稳、稳中有进'),
      modified([eq('国内生产总值'), del('超过126'), ins('达到134.9'), eq('万亿元')], ['2024年工作回顾']),
      added('大力提振消费、提高投资效益，全方位扩大国内需求', PLAN),
      modified([del('稳步实施'), ins('扎实推进'), eq('城市更新'), del('行动')], PLAN, true, ['2024年政府工作任务']),
      dropped('加快发展新质生产力', ['2024年政府工作任务']),
    ],
    [{ old: ['2023年工作回顾'], new: ['2024年工作回顾'], oldId: 1, newId: 1, similarity: 0.8123 }],
  );

describe('renderMarkdown', () => {
  const md = renderMarkdown(diff());
  const lines = md.split('\n');

  it('opens with both names and a count table', () => {
    expect(lines[0]).toBe('## gov-work-report-2024.txt → gov-work-report-2025.txt');
    expect(lines).toContain('| reworded | 2 |');
    expect(lines).toContain('| moved | 1 |');
  });

  it('shows the section alignment with its similarity', () => {
    expect(lines).toContain('| 2023年工作回顾 | 2024年工作回顾 | 0.81 |');
  });

  it('marks a rewording with <del>/<ins> grouped per replacement', () => {
    expect(lines).toContain('- <del>稳步实施</del><ins>扎实推进</ins>城市更新<del>行动</del> — *2025年政府工作任务*');
  });

  it('lists new, dropped and moved initiatives under their headings', () => {
    expect(md).toContain('### New initiatives (1)\n\n- 大力提振消费、提高投资效益，全方位扩大国内需求 — *2025年政府工作任务*');
    expect(md).toContain('### Dropped initiatives (1)\n\n- 加快发展新质生产力 — *2024年政府工作任务*');
    expect(md).toContain('- 扎实推进城市更新 — *2024年政府工作任务* → *2025年政府工作任务*');
  });

  it('lists the sure claims that name an initiative first, then the rest, each most made of words the other report never uses first, saying so (gov 2024 → 2025)', () => {
    // Real claims of 2025, in its reading order; 关税壁垒增多 is all such words, 依法严惩恶性犯罪 6 of 8 characters, 扩大单方面免签国家范围 5 of 11, 外汇储备超过3.2万亿美元 8 of 12.
    const md = renderMarkdown(
      makeDiff([
        { ...added('外汇储备超过3.2万亿美元。'), novel: ['外汇储备', '万亿美元'] },
        { ...added('扩大单方面免签国家范围，'), novel: ['单方面', '免签'], initiative: true },
        { ...added('关税壁垒增多，'), novel: ['关税壁垒', '增多'] },
        { ...added('依法严惩恶性犯罪，'), novel: ['依法严惩', '恶性'], initiative: true },
      ]),
    );
    expect(md).toContain(
      '### New initiatives (4)\n\nInitiatives come first, then the rest, each those most made of words OLD never uses first.\n\n' +
        '- 依法严惩恶性犯罪， — *2024年工作回顾* · *not in OLD: 依法严惩、恶性*\n' +
        '- 扩大单方面免签国家范围， — *2024年工作回顾* · *not in OLD: 单方面、免签*\n' +
        '- 关税壁垒增多， — *2024年工作回顾* · *not in OLD: 关税壁垒、增多*\n' +
        '- 外汇储备超过3.2万亿美元。 — *2024年工作回顾* · *not in OLD: 外汇储备、万亿美元*\n',
    );
  });

  it('names the words the other report never uses, and lists the claims with none last, saying so', () => {
    const md = renderMarkdown(
      makeDiff([
        { ...added('过去一年，我国发展历程很不平凡。'), novel: [] },
        { ...added('“嫦娥六号”实现人类首次月球背面采样返回，'), novel: ['嫦娥六号', '月球', '背面', '采样', '返回', '首次'] },
        { ...dropped('制定实施一揽子化解地方债务方案，'), novel: [] },
      ]),
    );
    expect(md).toContain(
      '### New initiatives (2)\n\nThose naming a word OLD never uses come first; the last 1 use only words OLD also uses, and are often reworded: check them.\n\n' +
        '- “嫦娥六号”实现人类首次月球背面采样返回， — *2024年工作回顾* · *not in OLD: 嫦娥六号、月球、背面、采样、返回 …*\n' +
        '- 过去一年，我国发展历程很不平凡。 — *2024年工作回顾* · *every word is also in OLD: may be reworded; check it*\n',
    );
    expect(md).toContain('the last 1 use only words NEW also uses');
    expect(md).toContain('| unsure new or dropped (check first) | 2 |');
  });

  it('lists a claim whose words are new but with a unit of the other report alike between the sure and the unsure ones, with that unit', () => {
    const opening = dropped('过去一年，是全面贯彻党的二十大精神的开局之年，');
    const md = renderMarkdown(
      makeDiff([
        opening,
        { ...added('过去一年，我国发展历程很不平凡。'), novel: ['历程', '平凡'], closest: { id: opening.old!.id, similarity: 0.429, wording: 0.182 } },
        { ...added('党的二十届三中全会胜利召开，'), novel: ['三中全会', '召开'], closest: { id: opening.old!.id, similarity: 0.28, wording: 0.188 } },
        { ...added('对进一步全面深化改革、推进中国式现代化作出部署。'), novel: [] },
      ]),
    );
    expect(md).toContain(
      '### New initiatives (3)\n\nThose naming a word OLD never uses come first; the next 1 name such a word but OLD has a unit alike (closest from 0.3 in words or 0.3 in wording), so check them against it; the last 1 use only words OLD also uses, and are often reworded: check them.\n\n' +
        '- 党的二十届三中全会胜利召开， — *2024年工作回顾* · *not in OLD: 三中全会、召开*\n' +
        '- 过去一年，我国发展历程很不平凡。 — *2024年工作回顾* · *not in OLD: 历程、平凡* · closest in OLD (0.43): 过去一年，是全面贯彻党的二十大精神的开局之年，\n' +
        '- 对进一步全面深化改革、推进中国式现代化作出部署。 — *2024年工作回顾* · *every word is also in OLD: may be reworded; check it*\n',
    );
  });

  it('lists last a claim with a unit of the other report this close (from 0.5), whatever words it names, saying most such are rewordings (gov 2023 → 2024)', () => {
    const attack = dropped('深入推进污染防治攻坚。');
    const md = renderMarkdown(
      makeDiff([
        attack,
        { ...added('污染防治攻坚战深入开展，'), novel: [], closest: { id: attack.old!.id, similarity: 0.617, wording: 0.632 } },
        { ...added('群众体育蓬勃开展，'), novel: ['群众体育', '蓬勃'] },
        { ...added('优化跨境结算、汇率风险管理等服务，'), novel: ['跨境', '结算'], closest: { id: attack.old!.id, similarity: 0.52, wording: 0 } },
        { ...added('加强对政策执行情况的跟踪评估，'), novel: [] },
      ]),
    );
    expect(md).toContain(
      '### New initiatives (4)\n\nThose naming a word OLD never uses come first; the next 1 use only words OLD also uses, and are often reworded: check them; the last 2 have a unit in OLD this close (from 0.5 in words, or from 0.3 in wording when naming no such word), and most such claims are rewordings: check them against it.\n\n' +
        '- 群众体育蓬勃开展， — *2024年工作回顾* · *not in OLD: 群众体育、蓬勃*\n' +
        '- 加强对政策执行情况的跟踪评估， — *2024年工作回顾* · *every word is also in OLD: may be reworded; check it*\n' +
        '- 污染防治攻坚战深入开展， — *2024年工作回顾* · *every word is also in OLD: may be reworded; check it* · closest in OLD (0.62): 深入推进污染防治攻坚。 — most claims this close are rewordings\n' +
        '- 优化跨境结算、汇率风险管理等服务， — *2024年工作回顾* · *not in OLD: 跨境、结算* · closest in OLD (0.52): 深入推进污染防治攻坚。 — most claims this close are rewordings\n',
    );
  });

  it('shows changed figures beside their context', () => {
    expect(lines).toContain('- 国内生产总值超过**126万亿元** → 国内生产总值达到**134.9万亿元** — *2024年工作回顾*');
  });

  it('names what a figure measures first when its clause does not (2024 → 2025)', () => {
    const out = renderMarkdown(makeDiff([modified([eq('国内生产总值'), del('超过126'), ins('达到134.9'), eq('万亿元，增长5'), del('.2'), eq('%。')], ['2024年工作回顾'])]));
    expect(out.split('\n')).toContain('- 国内生产总值：增长**5.2%** → 增长**5%** — *2024年工作回顾*');
  });

  it('escapes HTML inside the diff tags', () => {
    const out = renderMarkdown(makeDiff([modified([eq('推进'), del('<b>'), ins('</ins>'), eq('改革')])]));
    expect(out).toContain('推进<del>&lt;b&gt;</del><ins>&lt;/ins&gt;</ins>改革');
  });

  it('caps long lists with "… and N more"', () => {
    const many = makeDiff(Array.from({ length: 23 }, (_, i) => dropped(`加快发展新质生产力${i}`)));
    const out = renderMarkdown(many, { limit: 20 });
    expect(out).toContain('- 加快发展新质生产力19 —');
    expect(out).not.toContain('加快发展新质生产力20');
    expect(out).toContain('- … and 3 more');
  });

  it('says so when nothing changed, and is the same on every call', () => {
    const same = makeDiff([carried('经济运行总体平稳')]);
    expect(renderMarkdown(same)).toContain('\nNo changes.\n');
    expect(renderMarkdown(diff())).toBe(md);
  });
});

describe('the links of gov 2024 → 2025: the plan first, weak ones last', () => {
  it('lists the reworded and moved links a reader can rely on first, and says how many weak ones end each list', async () => {
    const diff = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const s = buildSummary(diff, { limit: 0 });
    for (const list of [s.reworded, s.moved]) {
      const marks = list.items.map((x) => x.weak);
      expect(list.weak).toBe(marks.filter(Boolean).length);
      expect(list.weak).toBeGreaterThan(0);
      // Every link not weak comes before the first weak one.
      expect(marks.indexOf(true)).toBe(list.total - list.weak);
    }
    expect(renderMarkdown(diff, { limit: 0 }).split('\n')).toContain(`The ${s.moved.plan!.count} in NEW's plan, from 「2025年经济社会发展总体要求和政策取向」 on, come first; the last ${s.moved.weak} are weak links: check them.`);
    // Capped, the list shows sure links, and still says what its tail holds.
    expect(buildSummary(diff).moved.items.some((m) => m.weak)).toBe(false);
    expect(renderMarkdown(diff).split('\n')).toContain(`The ${s.moved.plan!.count} in NEW's plan, from 「2025年经济社会发展总体要求和政策取向」 on, come first; the last ${s.moved.weak} are weak links: check them.`);
  });

  it("gives the rewordings of NEW's plan before its review's, its statements of policy stance at their head, each run in reading order", async () => {
    const diff = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const s = buildSummary(diff, { limit: 0 });
    const plan = s.reworded.plan!;
    const planStart = diff.new.parts.find((p) => p.kind === 'plan')!.start;
    const sure = s.reworded.items.filter((r) => !r.weak);
    const inPlan = sure.map((r) => r.new.start >= planStart);
    // The plan's run, then the review's: no link of the plan after the first of the review.
    expect(inPlan.indexOf(false)).toBe(plan.count);
    expect(inPlan.lastIndexOf(true)).toBe(plan.count - 1);
    for (const run of [sure.slice(0, plan.stances), sure.slice(plan.stances, plan.count), sure.slice(plan.count)]) {
      const starts = run.map((r) => r.new.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    // The capped list opens on the two changes of stance, then the plan's framework, not on the review's figures, which have their own list.
    const capped = buildSummary(diff).reworded.items;
    expect(capped.every((r) => r.new.start >= planStart)).toBe(true);
    expect(capped.slice(0, 2).map((r) => [r.old.text, r.new.text])).toEqual([
      ['积极的财政政策要适度加力、提质增效。', '实施更加积极的财政政策。'],
      ['稳健的货币政策要灵活适度、精准有效。', '实施适度宽松的货币政策。'],
    ]);
    expect(plan.stances).toBe(2);
    expect(renderMarkdown(diff).split('\n')).toContain(
      `The ${plan.count} in NEW's plan, from 「2025年经济社会发展总体要求和政策取向」 on, come first, the 2 that state a fiscal or monetary policy stance at their head; the last ${s.reworded.weak} are weak links: check them.`,
    );
  });

  it('says only that the stance comes first when every link stands in the plan (gov 2014, review against plan)', async () => {
    const diff = await seedDiff('gov-work-report-2014.txt#review', 'gov-work-report-2014.txt#plan');
    const s = buildSummary(diff);
    expect(s.reworded.items[0].new.text).toBe('继续实施积极的财政政策和稳健的货币政策。');
    expect(renderMarkdown(diff).split('\n')).toContain(`The one that states a fiscal or monetary policy stance comes first; the last ${s.reworded.weak} are weak links: check them.`);
  });

  it('says nothing of the plan when the list was not reordered (a report with no parts found)', () => {
    const s = buildSummary(makeDiff([modified([del('稳步实施'), ins('扎实推进'), eq('城市更新'), del('行动')])]));
    expect(s.reworded.plan).toBeNull();
  });
});

describe('renderSummaryText', () => {
  it('uses wdiff markers without colour and ANSI with it', () => {
    const plain = renderSummaryText(buildSummary(diff()), { color: false });
    expect(plain).toContain('[-稳步实施-]{+扎实推进+}城市更新[-行动-]');
    expect(plain).not.toContain('\x1b[');
    expect(renderSummaryText(buildSummary(diff()), { color: true })).toContain('\x1b[');
  });
});

describe('the claims of a report with a review and a plan (gov 2024 → 2025)', () => {
  // The counts come from the summary the renderer is given, not from its output: what is tested is the layout.
  it("lists the plan's claims first, under a heading per part, each with its own order note and cap", async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const s = buildSummary(d);
    const [plan, review] = s.added;
    const [oldPlan, oldReview] = s.dropped;
    const md = renderMarkdown(d);
    const heads = md.split('\n').filter((l) => /^#{3,4} (New|Dropped|In )/.test(l));
    expect(heads).toEqual([
      `### New initiatives (${d.counts.new})`,
      `#### In NEW's plan (${plan.claims.total}), from 「2025年经济社会发展总体要求和政策取向」 on`,
      `#### In NEW's review (${review.claims.total}), from 「2024年工作回顾」 on`,
      `### Dropped initiatives (${d.counts.dropped})`,
      `#### In OLD's plan (${oldPlan.claims.total}), from 「2024年经济社会发展总体要求和政策取向」 on`,
      `#### In OLD's review (${oldReview.claims.total}), from 「2023年工作回顾」 on`,
    ]);
    const planText = md.slice(md.indexOf("#### In NEW's plan"), md.indexOf("#### In NEW's review"));
    expect(planText).toContain(`Those naming a word OLD never uses come first (initiatives first, then the rest, each those most made of such words first); the next ${plan.alike} name such a word`);
    expect(planText).toContain('- 稳住楼市股市， — *2025年经济社会发展总体要求和政策取向* · *not in OLD: 稳住、楼市、股市*');
    expect(planText).toContain(`- … and ${plan.claims.total - 20} more`);
    const text = renderSummaryText(s, { color: false });
    // In plain text the subheading is marked, or it would read as a heading of its own.
    expect(text).toContain(`\nNew initiatives (${d.counts.new})\n\n▸ In NEW's plan (${plan.claims.total}), from 「2025年经济社会发展总体要求和政策取向」 on\n\nThose naming`);
    expect(text).toContain(`\n▸ In OLD's review (${oldReview.claims.total}), from 「2023年工作回顾」 on\n`);
  });

  it('sets a part title holding its own quotes in corner brackets (gov 2020 → 2021)', async () => {
    const d = await seedDiff('gov-work-report-2020.txt', 'gov-work-report-2021.txt');
    const plan = buildSummary(d).added[0];
    expect(plan.title).toBe('“十三五”时期发展成就和“十四五”时期主要目标任务');
    expect(renderMarkdown(d).split('\n')).toContain(`#### In NEW's plan (${plan.claims.total}), from 「“十三五”时期发展成就和“十四五”时期主要目标任务」 on`);
  });
});
