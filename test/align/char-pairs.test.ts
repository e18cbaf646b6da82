import { describe, expect, it } from 'vitest';
import { pairCosines, pairSets, pairVectors } from '../../src/align/char-pairs.js';

/** Vectors of every unit of these keys. */
const vectorsOf = (keys: string[]) => pairVectors(pairSets(keys), keys.map((_, u) => u));

// Clauses of the 2008 and 2009 Government Work Reports and of the 17th congress report (corpus), one said twice, and punctuation alone.
const keys = ['深化科技管理体制改革，', '二要深化科技体制改革，', '加强国防动员建设，', '深化科技管理体制改革，深化科技管理体制改革。', '，。'];

describe('character pair vectors', () => {
  it('find a rewording that jieba cuts into other words alike, and unrelated clauses not', () => {
    const v = vectorsOf(keys);
    const [toReworded, toOther] = pairCosines(v, 0, [1, 2], 0);
    expect(toReworded).toBeGreaterThan(0.5);
    expect(toOther).toBe(0);
  });

  it('count a pair said twice in a unit once, and skip punctuation', () => {
    const v = vectorsOf(keys);
    // The clause said twice is the same set of pairs as the clause said once.
    expect(pairCosines(v, 0, [3], 0)[0]).toBeCloseTo(1, 10);
    // Only punctuation: no pairs at all, alike to nothing.
    expect(v.start[5] - v.start[4]).toBe(0);
    expect(pairCosines(v, 4, [0, 1], 0)).toEqual(new Float64Array([0, 0]));
  });

  it('skip, as 0, a unit too different in length to reach the floor, and leave no trace for the next batch', () => {
    const v = vectorsOf(['全民健身', '积极开展全民健身运动广泛开展群众性体育活动']);
    const [alike] = pairCosines(v, 0, [1], 0);
    expect(alike).toBeGreaterThan(0);
    expect(pairCosines(v, 0, [1], alike + 0.2)[0]).toBe(0);
    expect(v.spread.every((x) => x === 0)).toBe(true);
  });
});

describe('the units holding each pair', () => {
  it('list every unit once per pair it holds, in ascending order', () => {
    const v = vectorsOf(keys);
    const held = new Map<number, number[]>();
    for (let u = 0; u < keys.length; u++) for (let k = v.start[u]; k < v.start[u + 1]; k++) held.set(v.ids[k], [...(held.get(v.ids[k]) ?? []), u]);
    for (let p = 0; p + 1 < v.holderStart.length; p++) {
      expect([...v.holders.subarray(v.holderStart[p], v.holderStart[p + 1])]).toEqual(held.get(p));
    }
    // 深化 is held by the three clauses that say it, the doubled one once.
    expect(held.get(v.ids[v.start[0]])).toEqual([0, 1, 3]);
  });
});

describe('vectors of some of the units', () => {
  it('weigh each pair by the units given alone, list only them as its holders, and give the others no length', () => {
    const sets = pairSets(keys);
    const some = pairVectors(sets, [0, 2, 4]);
    const all = vectorsOf(keys);
    // 深化 is held by one of these three units and by three of all five: it weighs more here.
    const shenhua = sets.ids[sets.start[0]];
    const holding = (v: typeof some) => [...v.holders.subarray(v.holderStart[shenhua], v.holderStart[shenhua + 1])];
    expect(holding(some)).toEqual([0]);
    expect(holding(all)).toEqual([0, 1, 3]);
    expect(some.weight[shenhua]).toBeGreaterThan(all.weight[shenhua]);
    expect(some.norm[1]).toBe(0);
    expect(pairCosines(some, 0, [2], 0)[0]).toBe(0);
  });
});
