import { describe, expect, it } from 'vitest';
import { isInitiative } from '../../src/structure/initiative.js';

/** Each clause is (or is not) marked as an initiative, named in the failure. */
function expectMarked(clauses: string[], marked: boolean): void {
  for (const clause of clauses) expect(isInitiative(clause), clause).toBe(marked);
}

describe('isInitiative', () => {
  it('is true for verb-led clauses, after adverbs or a subject (gov 2024, acftu)', () => {
    expect(isInitiative('实施制造业技术改造升级工程，')).toBe(true);
    expect(isInitiative('扎实推进工匠学院建设，')).toBe(true);
    expect(isInitiative('全总和各级工会通过多次召开会议')).toBe(false);
    expect(isInitiative('全总和各级工会深入开展新修改的《工会法》学习宣传贯彻，')).toBe(true);
    expect(isInitiative('一是切实维护新就业形态劳动者劳动保障权益。')).toBe(false);
    expect(isInitiative('二是加强基层党组织建设。')).toBe(true);
  });

  it('reads the verbs and adverbs of measures that blind readers called initiatives (gov 2022 → 2023, 2024 → 2025)', () => {
    expectMarked([
      '依法打击偷税骗税。',
      '再减半征收企业所得税。',
      '取消所有省界高速公路收费站。',
      '适当提高小麦最低收购价，',
      '下调住房贷款利率和首付比例，',
      '扩大高中阶段教育学位供给，',
      '发挥好行业协会商会行业自律作用。',
      '有序减量替代，',
      // After a lead: 特别是, or a scene set in 在…中.
      '特别是坚决贯彻落实9月26日中央政治局会议果断部署的一揽子增量政策，',
      '在重点工程建设中推广以工代赈。',
    ], true);
  });

  it('leaves out what the same readers called rhetoric, a target, a result or a situation', () => {
    expectMarked(['倡导全社会尊师重教。', '深入践行绿水青山就是金山银山的理念，', '突出固本培元，', '激发消费潜能。', '营造稳定透明可预期的政策环境。', '外汇储备超过3.2万亿美元。', '加剧国际市场波动风险。'], false);
  });

  it('reads `对…`, `把…` and `以…` as a phrase before the verb only where they are prepositions and the verb is one (gov 1998–2022)', () => {
    // Still measures: the phrase names what the verb acts on.
    expectMarked([
      '对外商投资实行国民待遇，',
      '继续对行政事业性收费和政府性基金进行清理、整合和规范。',
      '对所得税收入实行中央和地方按比例分享的办法。',
      '以精工细作提升中国制造品质。',
    ], true);
    expectMarked([
      // 对外 is "external", 对于 opens a topic, 把握 and 以及 are words of their own.
      '对外开放继续扩大，',
      '对外投资大幅增加，',
      '对于我们这样一个有13亿人口的发展中国家是了不起的成就。',
      '把握好政策实施的力度、节奏和重点。',
      '以及农副产品加工业的发展。',
      // A verb that modifies a noun (`…建设的优异成绩`, `发展中国家`) does not lead the clause.
      '以改革开放和社会主义现代化建设的优异成绩迎接新中国成立五十周年。',
      '对我们这样一个拥有14亿人口的发展中国家来说，',
      '把改革开放作为发展的根本之策，',
    ], false);
  });

  it('is false for a verb-led clause that reports what came of a measure or judges the situation, true for a task aimed at progress (gov 1998–2023, cpc 20)', () => {
    expectMarked([
      '整顿和规范市场经济秩序取得阶段性成果。',
      '治理淮河、太湖污染初见成效。',
      '加强农业的政策逐步得到落实，',
      '控制力和竞争力明显增强。',
      '推进高质量发展还有许多卡点瓶颈，',
      '推进改革发展、调整利益关系往往牵一发而动全身。',
    ], false);
    expectMarked(['推动东北振兴取得新突破，', '推动三网融合取得实质性进展。', '积极推进新能源汽车、“三网”融合取得实质性进展，'], true);
  });

  it('reads the measures blind readers labelled initiatives on gov 1999 → 2000, 2002 → 2003, 2007 → 2008 and 2018 → 2020 that the verbs missed', () => {
    expectMarked(['大力防治传染病、职业病和地方病等危害人民健康的重大疾病。', '禁止各种不必要的开支。', '努力造就大批杰出人才。', '合理确定低保对象范围和标准，', '繁荣文艺创作，', '优先保障医用物资，', '大力植树种草。'], true);
    // `以…为…` takes what the phrase names as the aim or the centre: a principle, not a measure.
    expectMarked(['以经济建设为中心，', '以水污染防治为重点，', '以科学发展为主题，'], false);
  });

  it('is true for a clause whose subject or time comes first, then what it must or will do (gov 2014, 2017, 2020, cpc 18)', () => {
    expectMarked(['今年要再压减钢铁产能5000万吨左右，', '县级政府要建立基本生活保障协调机制，', '政府性楼堂馆所一律不得新建和改扩建，'], true);
    // 要 in 重要 is no modal; a verb that modifies a noun is no measure; an announcement of the list after it names none.
    expectMarked(['是权力正确运行的重要保证。', '脱贫是全面建成小康社会必须完成的硬任务，', '今年要重点抓好八个方面工作：', '今年要集中力量抓好三项工作：'], false);
  });

  it('is false for a call to give play to strengths or zeal, true for a role to play (gov 1997–2024)', () => {
    expectMarked(['充分发挥各地区比较优势，', '充分发挥中央和地方两个积极性。', '中部地区要发挥区位优势和综合资源优势，'], false);
    expectMarked(['发挥职工代表大会的民主评议和监督作用。', '合理发挥利率杠杆调节作用；'], true);
  });

  it('reads how often a measure was taken as a lead before its verb (gov 2008–2024)', () => {
    expectMarked(['两次降低存款准备金率、两次下调政策利率，', '五次下调金融机构存贷款基准利率，', '多次及时调整金融机构存款准备金率、存贷款基准利率，'], true);
    expectMarked(['多层次社会保障体系更加健全；'], false);
  });

  it('is true for a named programme or a document', () => {
    expect(isInitiative('影响力、感召力持续提升“网聚职工正能量 争做中国好网民”主题活动')).toBe(true);
    expect(isInitiative('编写《工会法》释义和学习问答，')).toBe(true);
  });

  it('is false for a quoted name that no programme word follows, which readers called rhetoric or a result (gov 2022, 2023, 2016)', () => {
    expect(isInitiative('坚决反对“台独”分裂行径，')).toBe(false);
    expect(isInitiative('“三公”经费大幅压减。')).toBe(false);
    expect(isInitiative('首次占据“半壁江山”。')).toBe(false);
    // A quoted name inside a verb-led clause still is one (gov 2017).
    expect(isInitiative('扎实开展“两学一做”学习教育，')).toBe(true);
  });

  it('is false for results and one-character quotes', () => {
    expect(isInitiative('保持工业经济平稳运行。')).toBe(false);
    expect(isInitiative('“稳”的态势巩固延续。')).toBe(false);
    expect(isInitiative('各级工会全年累计调解纠纷 28.9 万件，')).toBe(false);
  });
});
