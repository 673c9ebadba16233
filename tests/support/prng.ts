import { mulberry32 } from '../../electron/core/telephony/simulated/seeded-random';

/** The simulated line's seeded generator as a plain function: a failing random test replays from its seed. */
export function prng(seed: number): () => number {
  const random = mulberry32(seed);
  return () => random.next();
}

export const pickFrom = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
