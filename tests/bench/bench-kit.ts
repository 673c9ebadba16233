import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

export interface BenchResult {
  name: string;
  at: string;
  machine: { cpus: number; node: string };
  rows: BenchRow[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export interface Timing {
  median: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
}

/** A timing's median, p95 (held to `≤ p95Limit` when given) and max rows, in ms. */
export function timingRows(metric: string, timing: Timing, p95Limit?: number): BenchRow[] {
  const p95: BenchRow = { metric: `${metric}, p95`, value: timing.p95, unit: 'ms' };
  if (p95Limit !== undefined) {
    p95.target = `≤ ${p95Limit}`;
    p95.pass = timing.p95 <= p95Limit;
  }
  return [
    { metric: `${metric}, median`, value: timing.median, unit: 'ms' },
    p95,
    { metric: `${metric}, max`, value: timing.max, unit: 'ms' },
  ];
}

/** A count that must be zero to pass. */
export function zeroRow(metric: string, value: number, unit: string): BenchRow {
  return { metric, value, unit, target: '0', pass: value === 0 };
}

function oneMinuteLoad(): number {
  return os.loadavg()[0] ?? Number.NaN;
}

/** The 1-minute load average now (NaN where the platform has none); `row()` adds the one then. */
export function watchLoad(): { atStart: number; row: () => BenchRow } {
  const atStart = oneMinuteLoad();
  return {
    atStart,
    row: () => ({
      metric: 'load average (1 min) at start / end',
      value: atStart,
      unit: `/ ${oneMinuteLoad().toFixed(2)}`,
    }),
  };
}

/** A result named `name`, stamped now, on this machine. */
export async function benchResult(name: string, rows: BenchRow[]): Promise<BenchResult> {
  return { name, at: new Date().toISOString(), machine: await machineInfo(), rows };
}

export function printTable(result: BenchResult): void {
  console.log(`\n${result.name}`);
  console.table(
    result.rows.map((row) => ({
      metric: row.metric,
      value: Number(row.value.toFixed(row.value < 10 ? 3 : 1)),
      unit: row.unit,
      target: row.target ?? '',
      pass: row.pass === undefined ? '' : row.pass ? 'yes' : 'NO',
    })),
  );
}

export function writeJson(result: BenchResult): string {
  const dir = path.resolve('bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.name}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  return file;
}

export function machineInfo(): Promise<BenchResult['machine']> {
  return Promise.resolve({ cpus: os.cpus().length, node: process.version });
}
