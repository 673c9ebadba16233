import { KPI_TARGETS } from '../../../shared/kpi';
import type {
  KpiReport,
  KpiReportQuery,
  KpiReportRow,
  ReportBreakdown,
} from '../../../shared/reports/kpi-report';
import {
  FIVE_MINUTES_MS,
  NO_CAMPAIGN_LABEL,
  NO_GROUP_KEY,
  NO_SOURCE_LABEL,
  compareGroups,
  dayBuckets,
  emptySums,
  periodBuckets,
  reportQueryProblem,
  reportRowOf,
  type ReportBucket,
  type ReportGroup,
  type ReportSums,
} from '../../../shared/reports';
import { DomainError } from '../../../shared/result';
import type { HubDatabase } from '../db';
import { DayBuilds } from './day-builds';
import { summarizeDaySamples, type DaySamplesRow } from './day-samples';
import { READ_DAY_SAMPLES, READ_SUMS, neverDialedSql } from './report-sql';
import { bigintArray } from './sql-arrays';

interface CellKey extends Record<string, unknown> {
  /** 0: the range's totals; 1…n: the row buckets. */
  bucket: number;
  group_key: string;
}

interface SumsRow extends CellKey {
  group_label: string | null;
  dials: number;
  contacts: number;
  conversions: number;
  talk_seconds: number;
  handled_calls: number;
  handle_seconds: number;
  rep_days: number;
}

interface NeverDialedRow extends Record<string, unknown> {
  is_total: boolean;
  bucket: number | null;
  group_key: string | null;
  group_label: string | null;
  never_dialed: number;
}

export interface ReportServiceDeps {
  db: Pick<HubDatabase, 'query' | 'transaction'>;
  /** The team's IANA zone: days and weeks are cut at its midnights. */
  timeZone: string;
  now: () => number;
}

const TOTALS = 0;

/**
 * The team's KPI report from the hub's database, in the team's time zone: the days it covers
 * are brought up to date (DayBuilds), then their rows are added up per row bucket and group.
 */
export class ReportService {
  private readonly builds: DayBuilds;

  constructor(private readonly deps: ReportServiceDeps) {
    this.builds = new DayBuilds(deps.db);
  }

  get timeZone(): string {
    return this.deps.timeZone;
  }

  /** Throws DomainError('invalid-argument') for a query no report can answer. */
  async kpis(query: KpiReportQuery): Promise<KpiReport> {
    const problem = reportQueryProblem(query);
    if (problem) throw new DomainError('invalid-argument', problem);
    const { timeZone, db } = this.deps;
    const buckets = periodBuckets(query, timeZone);
    const days = dayBuckets(query.from, query.to, timeZone);
    await this.builds.ensure(timeZone, days);

    const start = (days[0] as ReportBucket).start;
    const end = (days.at(-1) as ReportBucket).end;
    const starts = bigintArray(buckets.map((bucket) => bucket.start));
    const cells = [timeZone, start, end, query.breakdown ?? 'team', starts];
    // One transaction: on the embedded database every call ends with the WAL synced to disk,
    // so the reads go together.
    const { sums, samples, leads, repNames } = await db.transaction(async (tx) => ({
      sums: await tx.query<SumsRow>(READ_SUMS, cells),
      samples: await tx.query<DaySamplesRow>(READ_DAY_SAMPLES, cells),
      leads: await tx.query<NeverDialedRow>(neverDialedSql(query.breakdown), [start, end, starts]),
      repNames:
        query.breakdown === 'rep'
          ? await tx.query<{ rep_id: string; rep_name: string }>(
              'SELECT rep_id, rep_name FROM reps',
            )
          : { rows: [] },
    }));
    const names = new Map(repNames.rows.map((row) => [row.rep_id, row.rep_name]));

    const table = new Map<string, ReportSums>();
    const groups = new Map<string, ReportGroup>();
    const cellOf = (key: string): ReportSums => {
      let cell = table.get(key);
      if (!cell) {
        cell = emptySums();
        table.set(key, cell);
      }
      return cell;
    };
    const noteGroup = (bucket: number, key: string, label: string | null) => {
      if (bucket === TOTALS || !query.breakdown || groups.has(key)) return;
      groups.set(key, groupOf(query.breakdown, key, label, names));
    };
    for (const row of sums.rows) {
      Object.assign(cellOf(cellKey(row.bucket, row.group_key)), {
        dials: row.dials,
        contacts: row.contacts,
        conversions: row.conversions,
        talkSeconds: row.talk_seconds,
        handledCalls: row.handled_calls,
        handleSeconds: row.handle_seconds,
        repDays: row.rep_days,
      });
      noteGroup(row.bucket, row.group_key, row.group_label);
    }
    const summaries = summarizeDaySamples(
      samples.rows,
      { firstMs: FIVE_MINUTES_MS, secondMs: KPI_TARGETS.responseTimeMs },
      { bucket: TOTALS, group: NO_GROUP_KEY },
      cellKey,
    );
    for (const [key, summary] of summaries) Object.assign(cellOf(key), summary);
    for (const row of leads.rows) {
      if (row.is_total) cellOf(cellKey(TOTALS, NO_GROUP_KEY)).neverDialed += row.never_dialed;
      else if (row.group_key !== null && row.bucket !== null) {
        cellOf(cellKey(row.bucket, row.group_key)).neverDialed += row.never_dialed;
        noteGroup(row.bucket, row.group_key, row.group_label);
      }
    }

    const rowGroups = query.breakdown ? [...groups.values()].sort(compareGroups) : [null];
    const rows: KpiReportRow[] = [];
    buckets.forEach((bucket, index) => {
      for (const group of rowGroups) {
        const groupKey = group?.key ?? NO_GROUP_KEY;
        const place = {
          period: bucket.key,
          group: group?.key ?? null,
          groupLabel: group?.label ?? null,
        };
        rows.push(reportRowOf(place, table.get(cellKey(index + 1, groupKey)) ?? emptySums()));
      }
    });
    const totals = table.get(cellKey(TOTALS, NO_GROUP_KEY)) ?? emptySums();
    return {
      query,
      timeZone,
      rows,
      totals: reportRowOf({ period: null, group: null, groupLabel: null }, totals),
      generatedAt: this.deps.now(),
    };
  }
}

function cellKey(bucket: number, groupKey: string): string {
  return `${bucket}\u0000${groupKey}`;
}

function groupOf(
  breakdown: ReportBreakdown,
  key: string,
  label: string | null,
  repNames: ReadonlyMap<string, string>,
): ReportGroup {
  switch (breakdown) {
    case 'rep':
      return { key, label: repNames.get(key) ?? key };
    case 'source':
      return { key, label: key === NO_GROUP_KEY ? NO_SOURCE_LABEL : key };
    case 'campaign':
      return { key, label: key === NO_GROUP_KEY ? NO_CAMPAIGN_LABEL : (label ?? key) };
  }
}
