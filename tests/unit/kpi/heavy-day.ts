import { MINUTE_MS } from '../../../shared/clock';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import type { KpiInput } from '../../../shared/kpi';
import { answeredCall, unansweredCall } from './attempt-factory';

/** Local midnight in Los Angeles (PST) on the heavy day. */
export const HEAVY_DAY_START = Date.UTC(2026, 10, 27, 8, 0);
export const HEAVY_DAY_TALK_SECONDS = 90;
export const HEAVY_DAY_WRAP_UP_SECONDS = 20;

const outcomes = DEFAULT_DISPOSITIONS.map((d) => d.code);

/**
 * A heavy day, as the KPI strip recomputes it on every outcome: 500 dials two minutes apart on 300
 * leads, the first 250 yesterday; every third dial goes unanswered, the rest talk 90 s and wrap up
 * in 20 s.
 */
export function heavyKpiDay(): KpiInput {
  return {
    attempts: Array.from({ length: 500 }, (_, index) => {
      const startedAt = HEAVY_DAY_START + (index - 250) * 2 * MINUTE_MS;
      return index % 3 === 0
        ? unansweredCall(index % 300, startedAt)
        : answeredCall(
            index % 300,
            startedAt,
            outcomes[index % outcomes.length] as string,
            HEAVY_DAY_TALK_SECONDS,
            HEAVY_DAY_WRAP_UP_SECONDS,
          );
    }),
    dispositions: DEFAULT_DISPOSITIONS,
    leads: Array.from({ length: 300 }, (_, id) => ({
      id,
      createdAt: HEAVY_DAY_START - 600 * MINUTE_MS + id * MINUTE_MS,
      firstAttemptAt: HEAVY_DAY_START + (id - 250) * 2 * MINUTE_MS,
    })),
    timeZone: 'America/Los_Angeles',
    now: HEAVY_DAY_START + 500 * MINUTE_MS,
  };
}
