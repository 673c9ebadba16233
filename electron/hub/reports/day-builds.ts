import { HOUR_MS } from '../../../shared/clock';
import type { ReportBucket } from '../../../shared/reports';
import type { HubDatabase } from '../db';
import { BUILD_DAYS } from './report-sql';
import { bigintArray } from './sql-arrays';

/** Any constant: builds of report days on every hub node take turns. */
const BUILD_LOCK = 461_300_016;
/** Days built per statement: a first report over months reads its dials a week at a time. */
const DAYS_PER_BUILD = 7;

/**
 * Keeps report_day_groups current for the days a report reads: a day is built again when it
 * was never built in this zone, or a dial in one of its hours changed after its last build.
 */
export class DayBuilds {
  constructor(private readonly db: Pick<HubDatabase, 'query' | 'transaction'>) {}

  async ensure(timeZone: string, days: readonly ReportBucket[]): Promise<number> {
    const stale = await this.staleDays(timeZone, days);
    for (const run of runsOf(stale, DAYS_PER_BUILD)) await this.build(timeZone, run);
    return stale.length;
  }

  private async staleDays(
    timeZone: string,
    days: readonly ReportBucket[],
  ): Promise<ReportBucket[]> {
    const start = days[0]!.start;
    const end = days.at(-1)!.end;
    // One call (on the embedded database every call ends with a sync of the WAL).
    const { builds, marks } = await this.db.transaction(async (tx) => ({
      builds: await tx.query<{ day_start: number; built_seq: number }>(
        `SELECT day_start, built_seq FROM report_day_builds
         WHERE time_zone = $1 AND day_start >= $2 AND day_start < $3`,
        [timeZone, start, end],
      ),
      marks: await tx.query<{ hour: number; seq: number }>(
        'SELECT hour, seq FROM report_dirty_hours WHERE hour >= $1 AND hour < $2',
        [Math.floor(start / HOUR_MS), Math.ceil(end / HOUR_MS)],
      ),
    }));
    const builtSeq = new Map(builds.rows.map((row) => [row.day_start, row.built_seq]));
    return days.filter((day) => {
      const built = builtSeq.get(day.start);
      if (built === undefined) return true;
      // An hour straddles two days where the zone is not a whole number of hours from UTC.
      return marks.rows.some(
        (mark) =>
          mark.seq > built &&
          mark.hour * HOUR_MS < day.end &&
          (mark.hour + 1) * HOUR_MS > day.start,
      );
    });
  }

  private async build(timeZone: string, days: readonly ReportBucket[]): Promise<void> {
    const starts = days.map((day) => day.start);
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [BUILD_LOCK]);
      // Read before the dials: a change committed in between makes the day stale again, never
      // current with a change it missed.
      const { rows } = await tx.query<{ seq: number }>(
        'SELECT COALESCE(max(seq), 0) AS seq FROM report_dirty_hours',
      );
      const seq = rows[0]?.seq ?? 0;
      await tx.query(
        `DELETE FROM report_day_groups WHERE time_zone = $1 AND day_start = ANY($2::bigint[])`,
        [timeZone, bigintArray(starts)],
      );
      for (const run of contiguous(days)) {
        await tx.query(BUILD_DAYS, [
          timeZone,
          bigintArray([...run.map((day) => day.start), run.at(-1)!.end]),
          run[0]!.start,
          run.at(-1)!.end,
        ]);
      }
      await tx.query(
        `INSERT INTO report_day_builds (time_zone, day_start, built_seq)
         SELECT $1, day_start, $3 FROM unnest($2::bigint[]) AS day_start
         ON CONFLICT (time_zone, day_start) DO UPDATE SET built_seq = excluded.built_seq`,
        [timeZone, bigintArray(starts), seq],
      );
    });
  }
}

/** The days in groups of at most `size`. */
function runsOf(days: readonly ReportBucket[], size: number): ReportBucket[][] {
  const runs: ReportBucket[][] = [];
  for (let index = 0; index < days.length; index += size)
    runs.push(days.slice(index, index + size));
  return runs;
}

/** Adjacent days together: one scan reads each stretch. */
function contiguous(days: readonly ReportBucket[]): ReportBucket[][] {
  const runs: ReportBucket[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.end === day.start) run.push(day);
    else runs.push([day]);
  }
  return runs;
}
