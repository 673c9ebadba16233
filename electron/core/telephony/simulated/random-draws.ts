import type { Random } from './seeded-random';

export interface DurationRange {
  minMs: number;
  maxMs: number;
}

/** A whole number of milliseconds, uniform over [minMs, maxMs]. */
export function drawDuration(random: Random, range: DurationRange): number {
  return range.minMs + Math.floor(random.next() * (range.maxMs - range.minMs + 1));
}

/** One key, chosen with probability proportional to its weight; weights must sum above zero. */
export function drawWeighted<K extends string>(
  random: Random,
  weights: Readonly<Record<K, number>>,
): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = random.next() * total;
  for (const [key, weight] of entries) {
    if (remaining < weight) return key;
    remaining -= weight;
  }
  // Floating-point rounding can leave a sliver past the last bucket: it belongs to the last non-zero key.
  const lastPositive = entries.filter(([, weight]) => weight > 0).at(-1);
  if (!lastPositive) throw new RangeError('At least one weight must be above zero.');
  return lastPositive[0];
}

/** One item of a non-empty list, uniformly. */
export function drawItem<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random.next() * items.length)];
  if (item === undefined) throw new RangeError('Cannot draw from an empty list.');
  return item;
}

/** A new array with the items in random order (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
