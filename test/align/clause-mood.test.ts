import { describe, expect, it } from 'vitest';
import { clauseMood, moodsClash } from '../../src/align/clause-mood.js';
import { changeWith, seedDiff } from '../helpers/seeds.js';

// Clauses as the Government Work Reports write them (the year each is from in brackets; CPC 20 for the congress report).
describe('clauseMood', () => {
  const MOOD = { neither: 0, shortcoming: 1, remedy: 2 } as const;

  it.each([
    ['自主创新能力不强，', '2009', 'shortcoming'],
    ['财经纪律松弛，', '1999', 'shortcoming'],
    ['形式主义、官僚主义仍然突出，', '2022', 'shortcoming'],
    ['科技创新能力还不强。', '2023', 'shortcoming'],
    ['流动性过剩矛盾尚未缓解，', '2008', 'shortcoming'],
    ['政府管理和服务水平有待提高，', '2012', 'shortcoming'],
    ['——政府自身建设和管理需要加强。', '2008', 'shortcoming'],
    ['一些行业产能过剩，', '2009', 'shortcoming'],
    ['国内大循环存在堵点，', '2024', 'shortcoming'],
    // A long clause: its close is read from its last characters.
    ['不少应该淘汰的落后生产能力还没有退出市场，', '2007', 'shortcoming'],
    // Opens on a noun that is also a verb; 发展 opens no task.
    ['发展不平衡、不协调、不可持续，', 'CPC 20', 'shortcoming'],
    ['提升科技创新能力。', '2022', 'remedy'],
    ['严肃财经纪律，', '1998', 'remedy'],
    ['坚持把解决涉及人民群众切身利益问题放在突出位置，', '2006', 'remedy'],
    ['要力戒形式主义、官僚主义，', '2021', 'remedy'],
    ['特别是力戒形式主义、官僚主义。', '2018', 'remedy'],
    ['四要加强市场监管，', '2008', 'remedy'],
    ['做大做强国内大循环，', '2025', 'remedy'],
    ['二是切实提高农业综合生产能力。', '2007', 'remedy'],
    ['——创新能力进一步增强。', '2022', 'remedy'],
    ['三四线城市商品住宅去库存取得明显成效，', '2018', 'remedy'],
    // A task verb and a shortcoming at once: no mood to oppose.
    ['保持粮食增产和农民增收的难度增加；', '2005', 'neither'],
    ['积极帮助农村特困户和优抚对象解决实际困难。', '2002', 'neither'],
    // 突出 inside a clause, not closing it.
    ['要把反腐倡廉建设放在更加突出的位置，', '2008', 'neither'],
    ['在以习近平同志为核心的党中央坚强领导下，', '2024', 'neither'],
    // 需要 closes a shortcoming only before a verb of mending.
    ['高等教育要与经济社会发展和国家战略需要紧密结合，', '2012', 'neither'],
  ] as const)('reads %s (%s) as %s', (text, _year, mood) => {
    expect(clauseMood(text)).toBe(MOOD[mood]);
  });

  it('opposes a shortcoming to a task or a gain only', () => {
    expect(moodsClash(1, 2)).toBe(true);
    expect(moodsClash(2, 1)).toBe(true);
    expect(moodsClash(1, 1)).toBe(false);
    expect(moodsClash(2, 2)).toBe(false);
    expect(moodsClash(0, 1)).toBe(false);
    expect(moodsClash(2, 0)).toBe(false);
  });
});

describe('a shortcoming never links to a task or a gain', () => {
  it('2022 → 2023: the review’s 科技创新能力还不强 is new, not 2022’s task 提升科技创新能力 reworded', async () => {
    const d = await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt');
    const problem = changeWith(d, 'new', '科技创新能力还不强');
    expect(problem?.kind).toBe('new');
    // Still the unit shown where a reader checks the claim.
    const closest = d.changes.find((c) => c.old?.id === problem?.closest?.id);
    expect(closest?.old?.text).toBe('提升科技创新能力。');
  });

  it('2021 → 2022: 形式主义、官僚主义仍然突出 links to the problem 2021 named, not to its task 力戒形式主义', async () => {
    const d = await seedDiff('gov-work-report-2021.txt', 'gov-work-report-2022.txt');
    const c = changeWith(d, 'new', '形式主义、官僚主义仍然突出');
    expect(c?.old?.text).toBe('形式主义、官僚主义不同程度存在，');
    expect(changeWith(d, 'old', '要力戒形式主义、官僚主义')?.new).toBeNull();
  });
});
