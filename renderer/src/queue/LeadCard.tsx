import type { QueueEntry } from '../../../shared/domain/queue';
import { leadDisplayName } from '../../../shared/domain/lead';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import { formatDuration, formatLocalTime } from '../../../shared/format/time';

interface LeadCardProps {
  entry: QueueEntry;
  now: number;
  homeCountry: string | null;
}

export function LeadCard({ entry, now, homeCountry }: LeadCardProps) {
  const { lead } = entry;
  return (
    <section className="lead-card" data-testid="lead-card" aria-label="Current lead">
      <div className="lead-card-top">
        <h2 className="lead-name" data-testid="lead-name">
          {leadDisplayName(lead)}
        </h2>
        <span className="queue-reason">{entry.reason}</span>
      </div>
      {lead.company && lead.firstName && <div className="lead-company">{lead.company}</div>}
      <div className="lead-phone" data-testid="lead-phone">
        {formatPhoneForHumans(lead.phoneE164, homeCountry)}
      </div>
      <dl className="lead-facts">
        <div>
          <dt>Local time</dt>
          <dd>{formatLocalTime(now, lead.timeZone)}</dd>
        </div>
        <div>
          <dt>Lead age</dt>
          <dd>{formatDuration(now - lead.createdAt)}</dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd>{lead.attemptCount}</dd>
        </div>
      </dl>
      {(lead.lastNote ?? lead.notes) && <p className="lead-note">{lead.lastNote ?? lead.notes}</p>}
    </section>
  );
}
