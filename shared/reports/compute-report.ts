import type { KpiReport, KpiReportQuery, KpiReportRow } from './kpi-report';
import type { ReportAttempt, ReportLead } from './report-attempt';
import { bucketIndexOf, dayBuckets, periodBuckets, type ReportBucket } from './report-calendar';
import { compareGroups, groupOfAttempt, groupOfLead, type ReportGroup } from './report-groups';
import { reportRowOf } from './report-row';
import { emptySums, summarizeSamples } from './report-sums';
import { addStripDay, type SumsInProgress } from './strip-sums';

export interface ReportInput {
  query: KpiReportQuery;
  timeZone: string;
  /** Any dials; those outside the range are left out. */
  attempts: readonly ReportAttempt[];
  /** Leads for "never dialed"; those that arrived outside the range are left out. */
  leads: readonly ReportLead[];
  now: number;
}

/** Dials and leads of one row: a period bucket (or the whole range) and a group (or the team). */
interface Cell {
  attemptsByDay: Map<number, ReportAttempt[]>;
  neverDialed: number;
}

/**
 * A KPI report computed in memory: each local day of each row goes through the strip's own
 * math, then the days are added up and every rate and median derived from the sums. The rep's
 * "My week" answers with it; the hub answers the same numbers from SQL (proven equal in tests).
 */
export function computeKpiReport(input: ReportInput): KpiReport {
  const { query, timeZone } = input;
  const buckets = periodBuckets(query, timeZone);
  const days = dayBuckets(query.from, query.to, timeZone);
  const rangeEnd = (days.at(-1) as ReportBucket).end;
  const cells = new Map<string, Cell>();
  const totals: Cell = { attemptsByDay: new Map(), neverDialed: 0 };
  const groups = new Map<string, ReportGroup>();

  const cellAt = (bucket: number, group: ReportGroup | null): Cell => {
    if (group) groups.set(group.key, group);
    const key = `${bucket}\u0000${group?.key ?? ''}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { attemptsByDay: new Map(), neverDialed: 0 };
      cells.set(key, cell);
    }
    return cell;
  };

  for (const attempt of input.attempts) {
    const day = bucketIndexOf(days, attempt.startedAt);
    if (day < 0) continue;
    const bucket = bucketIndexOf(buckets, attempt.startedAt);
    const group = query.breakdown ? groupOfAttempt(attempt, query.breakdown) : null;
    pushTo(cellAt(bucket, group).attemptsByDay, day, attempt);
    pushTo(totals.attemptsByDay, day, attempt);
  }
  for (const lead of input.leads) {
    if (lead.firstAttemptAt !== null && lead.firstAttemptAt < rangeEnd) continue;
    const bucket = bucketIndexOf(buckets, lead.createdAt);
    if (bucket < 0) continue;
    totals.neverDialed++;
    const group = query.breakdown ? groupOfLead(lead, query.breakdown) : null;
    if (group || !query.breakdown) cellAt(bucket, group).neverDialed++;
  }

  const rowGroups: (ReportGroup | null)[] = query.breakdown
    ? [...groups.values()].sort(compareGroups)
    : [null];
  const rows: KpiReportRow[] = [];
  buckets.forEach((bucket, index) => {
    for (const group of rowGroups) {
      const cell = cells.get(`${index}\u0000${group?.key ?? ''}`);
      rows.push(rowOfCell(cell, bucket.key, group, days, timeZone));
    }
  });
  return {
    query,
    timeZone,
    rows,
    totals: rowOfCell(totals, null, null, days, timeZone),
    generatedAt: input.now,
  };
}

function rowOfCell(
  cell: Cell | undefined,
  period: string | null,
  group: ReportGroup | null,
  days: readonly ReportBucket[],
  timeZone: string,
): KpiReportRow {
  const sums = emptySums();
  const place = { period, group: group?.key ?? null, groupLabel: group?.label ?? null };
  if (!cell) return reportRowOf(place, sums);
  const adding: SumsInProgress = { sums, responseTimesMs: [], closingTimesMs: [] };
  const reached = new Set<string>();
  const repDays = new Set<string>();
  for (const [day, attempts] of cell.attemptsByDay) {
    addStripDay(adding, attempts, timeZone, (days[day] as ReportBucket).start);
    for (const attempt of attempts) {
      repDays.add(`${attempt.repId}\u0000${day}`);
      if (attempt.contact) reached.add(attempt.leadKey);
    }
  }
  sums.leadsReached = reached.size;
  sums.repDays = repDays.size;
  sums.neverDialed = cell.neverDialed;
  sums.responses = summarizeSamples(adding.responseTimesMs);
  sums.closings = summarizeSamples(adding.closingTimesMs);
  return reportRowOf(place, sums);
}

function pushTo(byDay: Map<number, ReportAttempt[]>, day: number, attempt: ReportAttempt): void {
  const list = byDay.get(day);
  if (list) list.push(attempt);
  else byDay.set(day, [attempt]);
}
