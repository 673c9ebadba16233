import { formatPhoneForHumans } from '../../../shared/format/phone';
import type { DncEntry } from '../../../shared/domain/dnc';

interface DncTableProps {
  entries: readonly DncEntry[];
  homeCountry: string | null;
  onRemove: (entry: DncEntry) => void;
}

const SOURCE_LABELS: Record<string, string> = {
  outcome: 'Call outcome',
  import: 'Import',
  manual: 'By hand',
  team: 'Team list',
};

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** One page of the list. */
export function DncTable({ entries, homeCountry, onRemove }: DncTableProps) {
  return (
    <table className="data-table" data-testid="dnc-table">
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Reason</th>
          <th scope="col">From</th>
          <th scope="col">Added</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.phoneE164} data-testid="dnc-row" data-phone={entry.phoneE164}>
            <td className="numeric-cell">{formatPhoneForHumans(entry.phoneE164, homeCountry)}</td>
            <td>{entry.reason ?? <span className="muted">—</span>}</td>
            <td>{SOURCE_LABELS[entry.source] ?? entry.source}</td>
            <td>
              {dateFormat.format(entry.addedAt)}
              {entry.addedBy && <span className="muted"> · {entry.addedBy}</span>}
            </td>
            <td className="action-cell">
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Remove ${formatPhoneForHumans(entry.phoneE164, homeCountry)}`}
                onClick={() => onRemove(entry)}
              >
                Remove…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
