import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../electron/core/telephony/simulated/seeded-random';

const take = (seed: number, count: number) => {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('mulberry32', () => {
  it('replays the same sequence for the same seed', () => {
    expect(take(42, 50)).toEqual(take(42, 50));
  });

  it('gives different sequences for different seeds, including seeds differing only above 32 bits', () => {
    expect(take(42, 5)).not.toEqual(take(43, 5));
    const epoch = Date.UTC(2026, 10, 27);
    expect(take(epoch, 5)).not.toEqual(take(epoch + 2 ** 32, 5));
  });

  it('draws uniformly from [0, 1) and 32-bit integers', () => {
    const random = mulberry32(7);
    const samples = Array.from({ length: 100_000 }, () => random.next());
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...samples)).toBeLessThan(1);
    const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
    expect(mean).toBeCloseTo(0.5, 2);
    const deciles = new Array<number>(10).fill(0);
    for (const x of samples) deciles[Math.floor(x * 10)]! += 1;
    for (const count of deciles) expect(Math.abs(count - 10_000)).toBeLessThan(400);

    const integer = mulberry32(7).nextUint32();
    expect(Number.isInteger(integer) && integer >= 0 && integer < 2 ** 32).toBe(true);
  });

  it('refuses a seed that is not a finite number', () => {
    expect(() => mulberry32(Number.NaN)).toThrow(/finite/);
    expect(() => mulberry32(Infinity)).toThrow(/finite/);
  });
});
