import { DateTime } from 'luxon';
import { DomainError } from '../result';
import type { KpiReportQuery, ReportPeriod } from './kpi-report';

/** A span of a report as the half-open epoch-ms range [start, end), named as a row names it. */
export interface ReportBucket {
  /** YYYY-MM-DD, YYYY-Www, or null for the whole range. */
  key: string | null;
  start: number;
  end: number;
}

/** Local midnight of each day from `from` to `to`, and the midnight after: days are 23–25 h long. */
export function localMidnights(from: string, to: string, timeZone: string): number[] {
  const first = DateTime.fromISO(from, { zone: timeZone });
  if (!first.isValid) {
    throw new DomainError('invalid-argument', `"${timeZone}" is not a known IANA time zone.`);
  }
  const last = DateTime.fromISO(to, { zone: timeZone });
  const midnights: number[] = [];
  for (let day = first.startOf('day'); day <= last; day = day.plus({ days: 1 })) {
    midnights.push(day.toMillis());
  }
  midnights.push(last.startOf('day').plus({ days: 1 }).toMillis());
  return midnights;
}

/** The local days of the range, each its own bucket. */
export function dayBuckets(from: string, to: string, timeZone: string): ReportBucket[] {
  const midnights = localMidnights(from, to, timeZone);
  return midnights.slice(0, -1).map((start, index) => ({
    key: DateTime.fromMillis(start, { zone: timeZone }).toISODate(),
    start,
    end: midnights[index + 1] as number,
  }));
}

/** ISO weeks (Monday to Sunday) cut to the range: the first and last may be partial. */
export function weekBuckets(from: string, to: string, timeZone: string): ReportBucket[] {
  const weeks: ReportBucket[] = [];
  for (const day of dayBuckets(from, to, timeZone)) {
    const key = isoWeekOf(day.start, timeZone);
    const current = weeks.at(-1);
    if (current?.key === key) current.end = day.end;
    else weeks.push({ key, start: day.start, end: day.end });
  }
  return weeks;
}

/** The buckets a query's rows are cut in: its days, its weeks, or the whole range as one. */
export function periodBuckets(query: KpiReportQuery, timeZone: string): ReportBucket[] {
  return bucketsOf(query.period, query.from, query.to, timeZone);
}

function bucketsOf(
  period: ReportPeriod | null,
  from: string,
  to: string,
  timeZone: string,
): ReportBucket[] {
  if (period === 'day') return dayBuckets(from, to, timeZone);
  if (period === 'week') return weekBuckets(from, to, timeZone);
  const midnights = localMidnights(from, to, timeZone);
  return [{ key: null, start: midnights[0] as number, end: midnights.at(-1) as number }];
}

/** "2026-W10": the ISO week (and ISO week-year) of the instant in the zone. */
export function isoWeekOf(at: number, timeZone: string): string {
  return DateTime.fromMillis(at, { zone: timeZone }).toFormat("kkkk-'W'WW");
}

/** Index of the bucket holding `at`, or -1 outside them all; buckets are ascending and adjacent. */
export function bucketIndexOf(buckets: readonly ReportBucket[], at: number): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bucket = buckets[middle] as ReportBucket;
    if (at < bucket.start) high = middle - 1;
    else if (at >= bucket.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
