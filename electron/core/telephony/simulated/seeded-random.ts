/** A source of uniform numbers; seeded so a simulation replays exactly. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
}

/**
 * mulberry32: tiny, fast and good enough for simulation (not for anything secret).
 * The seed is folded to 32 bits, so any finite number works.
 */
export function mulberry32(seed: number): Random {
  let state = foldToUint32(seed);
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return { nextUint32, next: () => nextUint32() / 0x1_0000_0000 };
}

function foldToUint32(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`Seed must be a finite number, got ${seed}.`);
  const integer = Math.trunc(seed);
  // Keep the high bits of large seeds (e.g. epoch milliseconds) instead of dropping them.
  return (integer ^ Math.floor(integer / 0x1_0000_0000)) >>> 0;
}
