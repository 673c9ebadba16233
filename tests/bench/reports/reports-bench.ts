import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import {
  HUB_SCHEMA,
  migrate,
  openHubDatabase,
  type DbValue,
  type HubDatabase,
} from '../../../electron/hub/db';
import {
  BUILD_DAYS,
  READ_DAY_SAMPLES,
  READ_SUMS,
  neverDialedSql,
} from '../../../electron/hub/reports/report-sql';
import { ReportService } from '../../../electron/hub/reports/report-service';
import { bigintArray } from '../../../electron/hub/reports/sql-arrays';
import { dayBuckets, periodBuckets, type KpiReportQuery } from '../../../shared/reports';
import { startPgCluster } from '../../support/pg-cluster';
import { makeTempDir } from '../../support/temp-dir';
import {
  benchResult,
  summarize,
  timingRows,
  watchLoad,
  type BenchResult,
  type BenchRow,
} from '../bench-kit';
import { REPORT_DATA, fillReportData } from './report-data';

const ZONE = 'America/New_York';
const P95_LIMIT_MS = 200;
const WARMUPS = 3;
const SAMPLES = Number(process.env.REPORTS_BENCH_SAMPLES ?? 30);

/** The last eight ISO weeks of the data, Monday to Sunday, in the team's zone. */
function eightWeeks(): { from: string; to: string } {
  const lastDay = DateTime.fromMillis(REPORT_DATA.start, { zone: ZONE }).plus({
    days: REPORT_DATA.days - 1,
  });
  const to = lastDay.minus({ days: lastDay.weekday % 7 }).startOf('day');
  return { from: to.minus({ days: 55 }).toISODate()!, to: to.toISODate()! };
}

/**
 * `npm run bench -- reports`: a million dials over 180 days on the hub, embedded (PGlite) and
 * on a PostgreSQL server; p95 of the 8-week report by source (the screen's default) against
 * 200 ms, the same weeks by week × source (its trend), and each plan written beside the JSON.
 */
export async function runReportsBench(): Promise<BenchResult> {
  const load = watchLoad();
  const rows: BenchRow[] = [];
  const embedded = makeTempDir('dialdeck-reports-bench-');
  try {
    const db = await openHubDatabase({ kind: 'embedded', dataDir: embedded.dir });
    rows.push(...(await benchOn('embedded', db)));
    await db.close();
  } finally {
    embedded.remove();
  }
  const cluster = await startPgCluster();
  try {
    const database = await cluster.createDatabase();
    const db = await openHubDatabase({ kind: 'server', url: database.url });
    rows.push(...(await benchOn('server', db)));
    await db.close();
  } finally {
    await cluster.stop();
  }
  rows.push(load.row());
  return benchResult('reports', rows);
}

async function benchOn(kind: string, db: HubDatabase): Promise<BenchRow[]> {
  await migrate(db, HUB_SCHEMA);
  const filling = performance.now();
  await fillReportData(db, REPORT_DATA);
  const fillSeconds = (performance.now() - filling) / 1000;
  const service = new ReportService({ db, timeZone: ZONE, now: () => Date.now() });
  const weeks = eightWeeks();
  const bySource: KpiReportQuery = { ...weeks, period: null, breakdown: 'source' };
  const trend: KpiReportQuery = { ...weeks, period: 'week', breakdown: 'source' };
  const building = performance.now();
  const first = await service.kpis(bySource);
  const firstSeconds = (performance.now() - building) / 1000;
  const rows: BenchRow[] = [
    { metric: `${kind}: dials stored`, value: REPORT_DATA.attempts, unit: 'attempts' },
    { metric: `${kind}: filled and analyzed in`, value: fillSeconds, unit: 's' },
    { metric: `${kind}: dials in the 8 weeks`, value: first.totals.dials, unit: 'attempts' },
    { metric: `${kind}: first report (builds its 56 days)`, value: firstSeconds, unit: 's' },
    ...timingRows(
      `${kind}: 8 weeks by source`,
      await time(() => service.kpis(bySource)),
      P95_LIMIT_MS,
    ),
    ...timingRows(`${kind}: 8 weeks by week × source`, await time(() => service.kpis(trend))),
  ];
  writePlan(kind, await explain(db, bySource));
  return rows;
}

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < WARMUPS; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/**
 * The plans PostgreSQL runs, with their real row counts and times: the reads of an 8-week
 * report by source, and the build of its last day (what a report of today rebuilds).
 */
async function explain(db: HubDatabase, query: KpiReportQuery): Promise<string> {
  const buckets = periodBuckets(query, ZONE);
  const days = dayBuckets(query.from, query.to, ZONE);
  const cells = [
    ZONE,
    days[0]!.start,
    days.at(-1)!.end,
    query.breakdown ?? 'team',
    bigintArray(buckets.map((bucket) => bucket.start)),
  ];
  const lastDay = days.at(-1)!;
  const plans: [string, string, DbValue[]][] = [
    ['read sums', READ_SUMS, cells],
    ["read the days' samples and reached leads", READ_DAY_SAMPLES, cells],
    ['read never dialed', neverDialedSql(query.breakdown), cells.slice(1, 3).concat(cells[4]!)],
  ];
  const texts: string[] = [];
  for (const [title, text, params] of plans)
    texts.push(`-- ${title}\n${await plan(db, text, params)}`);
  // Built inside a transaction that is rolled back: the day stays as the report left it.
  const build = await db
    .transaction(async (tx) => {
      const { rows } = await tx.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${BUILD_DAYS}`,
        [ZONE, bigintArray([lastDay.start + 1, lastDay.end]), lastDay.start + 1, lastDay.end],
      );
      throw new PlanOnly(rows.map((row) => row['QUERY PLAN']).join('\n'));
    })
    .catch((error: unknown) => {
      if (error instanceof PlanOnly) return error.message;
      throw error;
    });
  texts.push(`-- build one day\n${build}`);
  return texts.join('\n\n');
}

class PlanOnly extends Error {}

async function plan(db: HubDatabase, text: string, params: DbValue[]): Promise<string> {
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`,
    params,
  );
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

function writePlan(kind: string, plan: string): void {
  const dir = path.resolve('bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `reports-plan-${kind}.txt`);
  fs.writeFileSync(file, `${plan}\n`);
  console.log(`\n${kind} plan of the 8-week report by source (${file}):\n${plan}`);
}
