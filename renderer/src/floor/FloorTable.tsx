import type { FloorRepRow } from '../../../shared/floor/floor-view';
import { FloorRow } from './FloorRow';

interface FloorTableProps {
  reps: readonly FloorRepRow[];
  /** The hub's clock now. */
  now: number;
}

/** One row per rep: what they do now, for how long, and today's numbers. */
export function FloorTable({ reps, now }: FloorTableProps) {
  const rows = [...reps].sort((a, b) => a.repName.localeCompare(b.repName));
  return (
    <section className="panel floor-panel" aria-labelledby="floor-reps-title">
      <h2 id="floor-reps-title" className="panel-title">
        Reps <span className="muted">{reps.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted panel-empty">
          No rep has connected yet. Give reps the hub address and the team token (settings).
        </p>
      ) : (
        // Focusable so a keyboard can scroll a floor wider than the window.
        <div className="floor-scroll" tabIndex={0} role="region" aria-label="Reps on the floor">
          <table className="floor-table" data-testid="floor-table">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">State</th>
                <th scope="col" className="numeric">
                  In state
                </th>
                <th scope="col">Pause</th>
                <th scope="col" title="The lead on the rep's screen: name, source and age">
                  Current lead
                </th>
                <th
                  scope="col"
                  className="numeric"
                  title="Fresh leads never dialed, and the oldest's age"
                >
                  Waiting
                </th>
                <th scope="col" className="numeric">
                  Dials
                </th>
                <th scope="col" className="numeric">
                  Contacts
                </th>
                <th scope="col" className="numeric">
                  Conv.
                </th>
                <th scope="col" className="numeric">
                  Conv. rate
                </th>
                <th scope="col" className="numeric">
                  Talk
                </th>
                <th
                  scope="col"
                  className="numeric"
                  title="Median speed-to-lead of today's first dials"
                >
                  Speed to lead
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <FloorRow key={row.repId} row={row} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
