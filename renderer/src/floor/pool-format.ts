import type { FloorPool } from '../../../shared/floor/pool-view';
import { NONE, speedToLead } from './floor-format';

export interface PoolFigure {
  testId: string;
  label: string;
  value: string;
}

/** The pool's figures as the floor reads them, with the oldest wait on the hub's clock. */
export function poolFigures(pool: FloorPool, now: number): PoolFigure[] {
  const oldest = pool.waiting.oldest;
  return [
    { testId: 'floor-pool-waiting', label: 'Waiting for a rep', value: String(pool.waiting.count) },
    {
      testId: 'floor-pool-oldest',
      label: 'Oldest wait',
      value: oldest === null ? NONE : speedToLead(now - oldest.arrivedAt),
    },
    { testId: 'floor-pool-assigned', label: 'Offered, not dialed', value: String(pool.assigned) },
    { testId: 'floor-pool-dialing', label: 'Dialing', value: String(pool.dialing) },
    { testId: 'floor-pool-reassigned', label: 'Given back', value: String(pool.reassigned) },
    { testId: 'floor-pool-due', label: 'Retries and callbacks due', value: String(pool.dueAgain) },
  ];
}

/** "web · 12 (oldest 4 min)", one line per source, busiest first. */
export function poolSources(pool: FloorPool, now: number): string[] {
  return pool.waiting.bySource.map(
    (source) =>
      `${source.source === '' ? 'no source' : source.source} · ${source.count} (oldest ${speedToLead(now - source.oldestArrivedAt)})`,
  );
}
