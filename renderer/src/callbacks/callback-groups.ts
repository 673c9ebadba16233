import { DateTime } from 'luxon';

export interface Scheduled {
  dueAt: number;
}

export interface CallbackGroup<T> {
  id: 'overdue' | 'today' | 'later';
  title: string;
  entries: T[];
}

/**
 * Overdue first (a promise already late), then the rest of the rep's day, then later days; each
 * soonest first. Empty groups are left out.
 */
export function groupCallbacks<T extends Scheduled>(
  entries: readonly T[],
  now: number,
  repTimeZone: string,
): CallbackGroup<T>[] {
  const endOfToday = DateTime.fromMillis(now, { zone: repTimeZone }).endOf('day').toMillis();
  const sorted = [...entries].sort((a, b) => a.dueAt - b.dueAt);
  const groups: CallbackGroup<T>[] = [
    { id: 'overdue', title: 'Overdue', entries: sorted.filter((e) => e.dueAt < now) },
    {
      id: 'today',
      title: 'Later today',
      entries: sorted.filter((e) => e.dueAt >= now && e.dueAt <= endOfToday),
    },
    { id: 'later', title: 'Coming days', entries: sorted.filter((e) => e.dueAt > endOfToday) },
  ];
  return groups.filter((group) => group.entries.length > 0);
}
