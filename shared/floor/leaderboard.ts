import type { FloorRepRow, LeaderboardEntry } from './floor-view';

export type LeaderboardKey = Exclude<keyof LeaderboardEntry, 'rank' | 'repId'>;

/** Most conversions first; ties go to the better rate, then more dials, then the name. */
export function rankLeaderboard(rows: readonly FloorRepRow[]): LeaderboardEntry[] {
  const entries = rows.map((row) => ({
    rank: 0,
    repId: row.repId,
    repName: row.repName,
    conversions: row.kpis.conversions,
    conversionRate: row.kpis.conversionRate,
    contacts: row.kpis.contacts,
    dials: row.kpis.dials,
    talkSeconds: row.kpis.talkSeconds,
    responseTimeMedianMs: row.kpis.responseTimeMedianMs,
  }));
  entries.sort(
    (a, b) =>
      b.conversions - a.conversions ||
      compareValues(a.conversionRate, b.conversionRate, 'desc') ||
      b.dials - a.dials ||
      a.repName.localeCompare(b.repName),
  );
  entries.forEach((entry, index) => (entry.rank = index + 1));
  return entries;
}

/** The supervisor sorts by any column; empty values (no contacts yet) always sink to the bottom. */
export function sortLeaderboard(
  entries: readonly LeaderboardEntry[],
  key: LeaderboardKey,
  direction: 'asc' | 'desc',
): LeaderboardEntry[] {
  return [...entries].sort((a, b) => compareValues(a[key], b[key], direction) || a.rank - b.rank);
}

function compareValues(
  a: string | number | null,
  b: string | number | null,
  direction: 'asc' | 'desc',
): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = typeof a === 'string' ? a.localeCompare(String(b)) : a - (b as number);
  return direction === 'asc' ? order : -order;
}
