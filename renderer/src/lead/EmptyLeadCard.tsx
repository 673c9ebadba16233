import type { QueueSummary } from '../../../shared/domain/queue';
import { useNow } from '../app/use-now';
import { emptyQueueText } from '../queue/empty-queue-text';

interface EmptyLeadCardProps {
  queue: QueueSummary | null;
  repTimeZone: string;
  clockOffset: number;
}

/** The lead card's place when no lead is on screen, saying why. */
export function EmptyLeadCard({ queue, repTimeZone, clockOffset }: EmptyLeadCardProps) {
  const now = useNow(30_000, clockOffset);
  return (
    <section className="panel lead-card-empty" aria-label="Current lead">
      <p className="muted" data-testid="queue-empty-reason">
        {emptyQueueText(queue, repTimeZone, now)}
      </p>
    </section>
  );
}
