import { prng } from '../../support/prng';

/** Seeded randomness: the same seed gives the same day, on every machine. */

export type Random = () => number;

/** mulberry32, the simulated line's generator. */
export const seededRandom: (seed: number) => Random = prng;

/** A stream for one purpose (e.g. lead 17's third attempt), independent of the order of use. */
export function derivedRandom(...parts: number[]): Random {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0;
  }
  return seededRandom(hash);
}

export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/** Log-normal with the given median; spread is the sigma of the underlying normal. */
export function logNormal(random: Random, median: number, spread: number): number {
  const u1 = 1 - random();
  const u2 = random();
  const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return median * Math.exp(spread * normal);
}

export function uniform(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}

export function pickWeighted<T>(random: Random, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = weighted[weighted.length - 1];
  if (!last) throw new RangeError('pickWeighted needs at least one choice');
  return last[0];
}

export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}
