import type { LeaderboardEntry } from '../../../shared/floor/floor-view';
import { sortLeaderboard, type LeaderboardKey } from '../../../shared/floor/leaderboard';

export interface LeaderboardOrder {
  key: LeaderboardKey | 'rank';
  direction: 'asc' | 'desc';
}

/** The hub's ranking: most conversions first. */
export const RANKED: LeaderboardOrder = { key: 'rank', direction: 'asc' };

/** Clicking a column: its natural direction first (names A–Z, numbers high to low), then flipped. */
export function nextOrder(
  current: LeaderboardOrder,
  key: LeaderboardOrder['key'],
): LeaderboardOrder {
  if (current.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return {
    key,
    direction:
      key === 'repName' || key === 'rank' || key === 'responseTimeMedianMs' ? 'asc' : 'desc',
  };
}

export function ordered(
  entries: readonly LeaderboardEntry[],
  order: LeaderboardOrder,
): LeaderboardEntry[] {
  if (order.key === 'rank') {
    return [...entries].sort((a, b) =>
      order.direction === 'asc' ? a.rank - b.rank : b.rank - a.rank,
    );
  }
  return sortLeaderboard(entries, order.key, order.direction);
}

/** What aria-sort says for a column header. */
export function ariaSort(
  order: LeaderboardOrder,
  key: LeaderboardOrder['key'],
): 'ascending' | 'descending' | 'none' {
  if (order.key !== key) return 'none';
  return order.direction === 'asc' ? 'ascending' : 'descending';
}
