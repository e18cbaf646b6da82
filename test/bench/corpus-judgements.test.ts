import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { figurePairFiles, figurePairs, loadJudgedFigures, loadJudgedSections, scoreFigures, scoreSections } from '../../bench/score/corpus-judgements.js';
import { filesDiff } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bench corpus judgements: changed figures and section pairs', () => {
  it('names the corpus pairs of the thirteen sets from bench/texts', () => {
    const sets = figurePairs(root);
    expect(sets.consecutive).toHaveLength(30);
    expect(sets.consecutive).toContain('gov-2014-2016');
    expect(sets.consecutive).toContain('cpc-19-20');
    // Each gov set: how many pairs, its first two and its last.
    const expected: Array<[keyof typeof sets, number, string, string, string]> = [
      ['skip-one', 13, 'gov-1997-1999', 'gov-1999-2001', 'gov-2023-2025'],
      ['skip-one-b', 12, 'gov-1998-2000', 'gov-2000-2002', 'gov-2022-2024'],
      ['skip-two', 12, 'gov-1997-2000', 'gov-1999-2002', 'gov-2021-2024'],
      ['skip-two-b', 12, 'gov-1998-2001', 'gov-2000-2003', 'gov-2022-2025'],
      ['skip-three', 12, 'gov-1997-2001', 'gov-1999-2003', 'gov-2021-2025'],
      ['skip-three-b', 11, 'gov-1998-2002', 'gov-2000-2004', 'gov-2020-2024'],
      ['skip-four', 11, 'gov-1997-2002', 'gov-1999-2004', 'gov-2018-2024'],
      ['skip-four-b', 11, 'gov-1998-2003', 'gov-2000-2005', 'gov-2020-2025'],
      ['skip-five', 21, 'gov-1997-2003', 'gov-1998-2004', 'gov-2018-2025'],
      ['skip-six', 20, 'gov-1997-2004', 'gov-1998-2005', 'gov-2017-2025'],
      ['skip-seven', 19, 'gov-1997-2005', 'gov-1998-2006', 'gov-2016-2025'],
      ['skip-eight', 18, 'gov-1997-2006', 'gov-1998-2007', 'gov-2014-2025'],
    ];
    expect(Object.keys(sets).sort()).toEqual(['consecutive', ...expected.map(([set]) => set)].sort());
    for (const [set, length, first, second, last] of expected) {
      expect([sets[set].length, ...sets[set].slice(0, 2), sets[set].at(-1)], set).toEqual([length, first, second, last]);
    }
  });

  it('finds the figure pairs the summary shows for 2024 → 2025 among the judged ones', async () => {
    const judged = loadJudgedFigures(root).filter((j) => j.pair === 'gov-2024-2025');
    const [a, b] = figurePairFiles(root, 'gov-2024-2025');
    const s = scoreFigures(await filesDiff(a, b), judged);
    // Matched by figures and quotes: nearly every pair shown is found among the judged ones (a later engine may show a new pairing or two no one judged yet).
    expect(s.shown).toBeGreaterThan(10);
    expect(s.same).toBeGreaterThan(10);
    expect(s.unjudged).toBeLessThanOrEqual(2);
    // Every judged pair a shown line quotes counts once, however many lines quote it.
    expect(s.recalled).toBeGreaterThan(10);
    expect(s.recalled).toBeLessThanOrEqual(judged.filter((j) => j.verdict === 'same').length);
  });

  it('counts a judged pair recalled when a line shown once quotes it twice (gov 2008 → 2010, a target said twice in both)', async () => {
    const judged = loadJudgedFigures(root).filter((j) => j.pair === 'gov-2008-2010' && j.set === 'skip-one-b');
    const [a, b] = figurePairFiles(root, 'gov-2008-2010');
    const targets = judged.filter((j) => j.verdict === 'same' && j.oldFigure === '4.8%' && j.newFigure === '3%');
    expect(targets).toHaveLength(2);
    const s = scoreFigures(await filesDiff(a, b), targets);
    // One line shown (judged the same), two judged pairs recalled.
    expect([s.same, s.recalled]).toEqual([1, 2]);
  });

  it('counts the judged section pairs of 2009 → 2010 the engine still makes', async () => {
    const judged = loadJudgedSections(root).filter((j) => j.pair === 'gov-2009-2010');
    const [a, b] = figurePairFiles(root, 'gov-2009-2010');
    const s = scoreSections(await filesDiff(a, b), judged);
    const total = (v: typeof s.kept) => v.same + v.partial + v.different + v.unclear;
    expect(judged.length).toBeGreaterThan(0);
    expect(total(s.kept)).toBeGreaterThan(0);
    // Without the section table every judged pair counts as no longer made.
    const none = scoreSections({ ...(await filesDiff(a, b)), sections: [] }, judged);
    expect([total(none.kept), total(none.gone)]).toEqual([0, judged.length]);
  });
});
