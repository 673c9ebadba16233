import type {
  KpiReport,
  KpiReportQuery,
  KpiReportRow,
  ReportBreakdown,
} from '../../../shared/reports/kpi-report';
import {
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
import { attemptKpiSql, neverDialedSql } from './report-sql';
import { bigintArray } from './sql-arrays';

interface AttemptKpiRow extends Record<string, unknown> {
  is_total: boolean;
  bucket: number | null;
  group_key: string | null;
  group_label: string | null;
  dials: number;
  contacts: number;
  conversions: number;
  leads_reached: number;
  talk_seconds: number;
  handled_calls: number;
  handle_seconds: number;
  rep_days: number;
  response_ms: number[] | null;
  closing_ms: number[] | null;
}

interface NeverDialedRow extends Record<string, unknown> {
  is_total: boolean;
  bucket: number | null;
  group_key: string | null;
  group_label: string | null;
  never_dialed: number;
}

export interface ReportServiceDeps {
  db: Pick<HubDatabase, 'query'>;
  /** The team's IANA zone: days and weeks are cut at its midnights. */
  timeZone: string;
  now: () => number;
}

/** The team's KPI report from the hub's database, in the team's time zone. */
export class ReportService {
  constructor(private readonly deps: ReportServiceDeps) {}

  get timeZone(): string {
    return this.deps.timeZone;
  }

  /** Throws DomainError('invalid-argument') for a query no report can answer. */
  async kpis(query: KpiReportQuery): Promise<KpiReport> {
    const problem = reportQueryProblem(query);
    if (problem) throw new DomainError('invalid-argument', problem);
    const { timeZone } = this.deps;
    const buckets = periodBuckets(query, timeZone);
    const days = dayBuckets(query.from, query.to, timeZone);
    const params = [
      (days[0] as ReportBucket).start,
      (days.at(-1) as ReportBucket).end,
      bigintArray(buckets.map((bucket) => bucket.start)),
      bigintArray(days.map((day) => day.start)),
    ];
    const [attempts, leads, repNames] = await Promise.all([
      this.deps.db.query<AttemptKpiRow>(attemptKpiSql(query.breakdown), params),
      this.deps.db.query<NeverDialedRow>(neverDialedSql(query.breakdown), params.slice(0, 3)),
      query.breakdown === 'rep' ? this.repNames() : Promise.resolve(new Map<string, string>()),
    ]);

    const cells = new Map<string, ReportSums>();
    const groups = new Map<string, ReportGroup>();
    const totals = emptySums();
    const cellOf = (row: { bucket: number | null; group_key: string | null }) => {
      const key = `${row.bucket}\u0000${row.group_key}`;
      let sums = cells.get(key);
      if (!sums) {
        sums = emptySums();
        cells.set(key, sums);
      }
      return sums;
    };
    for (const row of attempts.rows) {
      const sums = row.is_total ? totals : cellOf(row);
      addAttemptRow(sums, row);
      if (!row.is_total && query.breakdown) {
        const group = groupOf(query.breakdown, row.group_key ?? '', row.group_label, repNames);
        groups.set(group.key, group);
      }
    }
    for (const row of leads.rows) {
      if (row.is_total) totals.neverDialed += row.never_dialed;
      else if (row.group_key !== null) {
        cellOf(row).neverDialed += row.never_dialed;
        if (query.breakdown && !groups.has(row.group_key)) {
          groups.set(
            row.group_key,
            groupOf(query.breakdown, row.group_key, row.group_label, repNames),
          );
        }
      }
    }

    const rowGroups = query.breakdown ? [...groups.values()].sort(compareGroups) : [null];
    const rows: KpiReportRow[] = [];
    buckets.forEach((bucket, index) => {
      for (const group of rowGroups) {
        const sums = cells.get(`${index + 1}\u0000${group?.key ?? NO_GROUP_KEY}`) ?? emptySums();
        const place = {
          period: bucket.key,
          group: group?.key ?? null,
          groupLabel: group?.label ?? null,
        };
        rows.push(reportRowOf(place, sums));
      }
    });
    return {
      query,
      timeZone,
      rows,
      totals: reportRowOf({ period: null, group: null, groupLabel: null }, totals),
      generatedAt: this.deps.now(),
    };
  }

  private async repNames(): Promise<Map<string, string>> {
    const { rows } = await this.deps.db.query<{ rep_id: string; rep_name: string }>(
      'SELECT rep_id, rep_name FROM reps',
    );
    return new Map(rows.map((row) => [row.rep_id, row.rep_name]));
  }
}

function addAttemptRow(sums: ReportSums, row: AttemptKpiRow): void {
  sums.dials += row.dials;
  sums.contacts += row.contacts;
  sums.conversions += row.conversions;
  sums.leadsReached += row.leads_reached;
  sums.talkSeconds += row.talk_seconds;
  sums.handledCalls += row.handled_calls;
  sums.handleSeconds += row.handle_seconds;
  sums.repDays += row.rep_days;
  sums.responseTimesMs.push(...(row.response_ms ?? []).map(Number));
  sums.closingTimesMs.push(...(row.closing_ms ?? []).map(Number));
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
