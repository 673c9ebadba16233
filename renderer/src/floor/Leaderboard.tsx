import { useState } from 'react';
import type { LeaderboardEntry } from '../../../shared/floor/floor-view';
import { percentOrNone, speedToLead, talkTime } from './floor-format';
import { RANKED, ariaSort, nextOrder, ordered, type LeaderboardOrder } from './leaderboard-order';

interface Column {
  key: LeaderboardOrder['key'];
  label: string;
  numeric: boolean;
  value: (entry: LeaderboardEntry) => string;
}

const COLUMNS: readonly Column[] = [
  { key: 'rank', label: '#', numeric: true, value: (e) => String(e.rank) },
  { key: 'repName', label: 'Rep', numeric: false, value: (e) => e.repName },
  { key: 'conversions', label: 'Conv.', numeric: true, value: (e) => String(e.conversions) },
  {
    key: 'conversionRate',
    label: 'Conv. rate',
    numeric: true,
    value: (e) => percentOrNone(e.conversionRate),
  },
  { key: 'contacts', label: 'Contacts', numeric: true, value: (e) => String(e.contacts) },
  { key: 'dials', label: 'Dials', numeric: true, value: (e) => String(e.dials) },
  { key: 'talkSeconds', label: 'Talk', numeric: true, value: (e) => talkTime(e.talkSeconds) },
  {
    key: 'responseTimeMedianMs',
    label: 'Speed to lead',
    numeric: true,
    value: (e) => speedToLead(e.responseTimeMedianMs),
  },
];

/** Today's ranking (conversions, then rate, then dials); every column sorts, by key or click. */
export function Leaderboard({ entries }: { entries: readonly LeaderboardEntry[] }) {
  const [order, setOrder] = useState<LeaderboardOrder>(RANKED);
  const rows = ordered(entries, order);
  return (
    <section className="panel floor-panel" aria-labelledby="floor-leaderboard-title">
      <h2 id="floor-leaderboard-title" className="panel-title">
        Leaderboard <span className="muted">today</span>
      </h2>
      <table className="floor-table floor-leaderboard" data-testid="floor-leaderboard">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={ariaSort(order, column.key)}
                className={column.numeric ? 'numeric' : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setOrder((current) => nextOrder(current, column.key))}
                >
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {order.key === column.key ? (order.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr key={entry.repId} data-testid={`leaderboard-row-${entry.repId}`}>
              {COLUMNS.map((column) => (
                <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                  {column.value(entry)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
