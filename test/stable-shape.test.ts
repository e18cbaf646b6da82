import { describe, expect, it } from 'vitest';
import { stableShape } from '../src/stable-shape.js';

class PairShape {}

describe('stableShape', () => {
  it('gives an instance of the class with the fields, in their order and with their values', () => {
    const ids = new Int32Array([3, 1, 2]);
    const made = stableShape(PairShape, { ids, floor: 0.25, name: '城市更新' });
    expect(made).toBeInstanceOf(PairShape);
    expect(Object.keys(made)).toEqual(['ids', 'floor', 'name']);
    expect(made.ids).toBe(ids);
    expect([made.floor, made.name]).toEqual([0.25, '城市更新']);
  });
});
