import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  drawDuration,
  drawItem,
  drawWeighted,
  shuffled,
} from '../../../electron/core/telephony/simulated/random-draws';
import { mulberry32 } from '../../../electron/core/telephony/simulated/seeded-random';

describe('random draws', () => {
  it('draws whole durations within the inclusive range, reaching both ends', () => {
    const random = mulberry32(1);
    const draws = Array.from({ length: 5_000 }, () =>
      drawDuration(random, { minMs: 10, maxMs: 14 }),
    );
    expect(new Set(draws)).toEqual(new Set([10, 11, 12, 13, 14]));
    expect(drawDuration(random, { minMs: 0, maxMs: 0 })).toBe(0);
  });

  it('chooses keys in proportion to their weights and never a zero-weight key', () => {
    const random = mulberry32(2);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[drawWeighted(random, { a: 3, b: 1, never: 0 })]++;
    expect(counts.never).toBe(0);
    expect(counts.a / 20_000).toBeCloseTo(0.75, 1);
  });

  it('refuses weights that are all zero', () => {
    expect(() => drawWeighted(mulberry32(3), { a: 0 })).toThrow(/above zero/);
  });

  it('draws items from a list and refuses an empty one', () => {
    const random = mulberry32(4);
    const seen = new Set(Array.from({ length: 200 }, () => drawItem(random, ['x', 'y', 'z'])));
    expect(seen).toEqual(new Set(['x', 'y', 'z']));
    expect(() => drawItem(random, [])).toThrow(/empty/);
  });

  it('shuffles into a permutation of the same items, leaving the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const result = shuffled(mulberry32(seed), items);
        expect(items).toEqual(copy);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });
});
