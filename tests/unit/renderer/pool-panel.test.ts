import { describe, expect, it } from 'vitest';
import { EMPTY_FLOOR_POOL, type FloorPool } from '../../../shared/floor/pool-view';
import { poolFigures, poolSources } from '../../../renderer/src/floor/pool-format';

const NOW = Date.UTC(2026, 11, 7, 17, 0, 0);

describe('the team pool on the floor screen', () => {
  it('reads the waiting leads, their oldest wait and what reps hold', () => {
    const pool: FloorPool = {
      ...EMPTY_FLOOR_POOL,
      waiting: {
        count: 3,
        oldest: { leadId: 'l1', arrivedAt: NOW - 4 * 60_000 },
        bySource: [
          { source: 'web', count: 2, oldestArrivedAt: NOW - 4 * 60_000 },
          { source: '', count: 1, oldestArrivedAt: NOW - 40_000 },
        ],
      },
      assigned: 2,
      dialing: 1,
      reassigned: 1,
      dueAgain: 5,
    };
    expect(poolFigures(pool, NOW).map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Waiting for a rep: 3',
      'Oldest wait: 4 min',
      'Offered, not dialed: 2',
      'Dialing: 1',
      'Given back: 1',
      'Retries and callbacks due: 5',
    ]);
    expect(poolSources(pool, NOW)).toEqual([
      'web · 2 (oldest 4 min)',
      'no source · 1 (oldest 40 s)',
    ]);
  });

  it('says nothing waits when the pool is empty', () => {
    expect(poolFigures(EMPTY_FLOOR_POOL, NOW)[1]).toMatchObject({ value: '—' });
    expect(poolSources(EMPTY_FLOOR_POOL, NOW)).toEqual([]);
  });
});
