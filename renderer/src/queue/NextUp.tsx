import { leadDisplayName } from '../../../shared/domain/lead';
import type { QueueSummary } from '../../../shared/domain/queue';

interface NextUpProps {
  queue: QueueSummary | null;
  /** The lead already on screen, left out of the list. */
  currentLeadId: number | null;
}

/** How many leads are left and who comes next. */
export function NextUp({ queue, currentLeadId }: NextUpProps) {
  const upcoming = (queue?.upcoming ?? []).filter((entry) => entry.lead.id !== currentLeadId);
  return (
    // Focusable so that the list scrolls from the keyboard when it overflows.
    <section className="panel next-up" aria-label="Next up" tabIndex={0}>
      <h2 className="panel-title">
        Queue{' '}
        <span className="queue-count" data-testid="queue-count">
          {queue?.count ?? '…'}
        </span>
        <span className="muted"> leads</span>
      </h2>
      {upcoming.length === 0 ? (
        <p className="muted panel-empty">{emptyListText(queue)}</p>
      ) : (
        <ol className="upcoming">
          {upcoming.slice(0, 5).map((entry) => (
            <li key={entry.lead.id}>
              <span className="upcoming-name">{leadDisplayName(entry.lead)}</span>
              <span className="upcoming-reason">{entry.reason}</span>
            </li>
          ))}
        </ol>
      )}
      {(queue?.ruleHolds.length ?? 0) > 0 && (
        <ul
          className="rule-holds muted"
          data-testid="queue-rule-holds"
          aria-label="Held by calling rules"
        >
          {queue?.ruleHolds.map((hold) => (
            <li key={hold.text}>{hold.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function emptyListText(queue: QueueSummary | null): string {
  if (!queue) return 'Loading…';
  return queue.next === null && queue.count > 0
    ? 'None may be dialed right now.'
    : 'Nobody else is waiting.';
}
