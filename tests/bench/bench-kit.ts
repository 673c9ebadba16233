import fs from 'node:fs';
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

export function summarize(samples: readonly number[]): {
  median: number;
  p95: number;
  max: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
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

export async function machineInfo() {
  const os = await import('node:os');
  return { cpus: os.cpus().length, node: process.version };
}
