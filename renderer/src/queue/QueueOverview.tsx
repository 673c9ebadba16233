import type { AppInfo } from '../../../shared/domain/app-info';
import type { QueueSummary } from '../../../shared/domain/queue';
import { leadDisplayName } from '../../../shared/domain/lead';
import { useNow } from '../app/use-now';
import { LeadCard } from './LeadCard';

interface QueueOverviewProps {
  queue: QueueSummary;
  info: AppInfo;
}

export function QueueOverview({ queue }: QueueOverviewProps) {
  const now = useNow();
  return (
    <div className="queue-overview">
      <div className="queue-stat">
        <span className="queue-count" data-testid="queue-count">
          {queue.count}
        </span>
        <span className="muted"> leads in queue</span>
      </div>
      {queue.next ? (
        <LeadCard entry={queue.next} now={now} homeCountry="US" />
      ) : (
        <p className="muted">The queue is empty. Import leads to start dialing.</p>
      )}
      {queue.upcoming.length > 0 && (
        <section aria-label="Next up" className="upcoming">
          <h3>Next up</h3>
          <ol>
            {queue.upcoming.map((entry) => (
              <li key={entry.lead.id}>
                <span>{leadDisplayName(entry.lead)}</span>
                <span className="muted">{entry.reason}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
