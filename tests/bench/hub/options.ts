/** `npm run bench -- hub`, shaped by environment variables (defaults: the load test). */
export interface HubBenchOptions {
  reps: number;
  seconds: number;
  /** Call timings are divided by this: 1 is a real floor's pace, 10 is ten floors' worth of events. */
  speed: number;
  seed: number;
}

export function hubBenchOptions(env: NodeJS.ProcessEnv = process.env): HubBenchOptions {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${name} must be a positive number.`);
    return value;
  };
  return {
    reps: Math.round(number('HUB_BENCH_REPS', 300)),
    seconds: number('HUB_BENCH_SECONDS', 60),
    speed: number('HUB_BENCH_SPEED', 10),
    seed: Math.round(number('HUB_BENCH_SEED', 20261127)),
  };
}
