import { leadDisplayName } from '../../../shared/domain/lead';
import type { QueueEntry } from '../../../shared/domain/queue';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import { formatLocalTime } from '../../../shared/format/time';
import { useNow } from '../app/use-now';
import { reasonTone, speedToLead } from './speed-to-lead';

interface LeadCardProps {
  entry: QueueEntry;
  /** "On the line", "Next lead": how this lead relates to the session. */
  role: string;
  /** The core's clock minus this window's. */
  clockOffset: number;
  homeCountry: string | null;
  /** The caller ID this call shows the prospect; null: the line's own, or no call. */
  presentedCallerId?: string | null;
}

/** Who the rep is calling, and how long they have been waiting for it. */
export function LeadCard(props: LeadCardProps) {
  const { entry, role, clockOffset, homeCountry, presentedCallerId = null } = props;
  const now = useNow(1000, clockOffset);
  const { lead } = entry;
  const sla = speedToLead(lead, now);
  const name = leadDisplayName(lead);
  const company = lead.company && lead.company !== name ? lead.company : null;
  const lastNote = lead.lastNote ?? lead.notes;
  return (
    <section className="panel lead-card" data-testid="lead-card" aria-label={`${role}: ${name}`}>
      <div className="lead-card-top">
        <span className="lead-role">{role}</span>
        <span className={`lead-sla sla-${sla.tone}`}>
          <span className="sla-dot" aria-hidden="true" />
          <span className="visually-hidden">Speed to lead: </span>
          {sla.status}
          <span className="lead-sla-name"> · {sla.sla}</span>
        </span>
      </div>
      <h2 className="lead-name" data-testid="lead-name">
        {name}
      </h2>
      {company && <div className="lead-company">{company}</div>}
      <p className={`queue-reason reason-${reasonTone(sla)}`} data-testid="lead-reason">
        {entry.reason}
      </p>
      <div className="lead-phone" data-testid="lead-phone">
        {formatPhoneForHumans(lead.phoneE164, homeCountry)}
        {lead.phoneExtension && <span className="muted"> ext. {lead.phoneExtension}</span>}
      </div>
      {presentedCallerId !== null && (
        <div className="lead-caller-id muted" data-testid="lead-caller-id">
          They see {formatPhoneForHumans(presentedCallerId, homeCountry)}
        </div>
      )}
      <dl className="lead-facts">
        <div>
          <dt>Their time</dt>
          <dd>
            {formatLocalTime(now, lead.timeZone)}
            {lead.region && <span className="muted"> · {lead.region}</span>}
          </dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd>{lead.attemptCount}</dd>
        </div>
        <div>
          <dt>Lead age</dt>
          <dd>{sla.age}</dd>
        </div>
        {lead.source && (
          <div>
            <dt>Source</dt>
            <dd className="lead-source" data-testid="lead-source" title={lead.source}>
              {lead.source}
            </dd>
          </div>
        )}
      </dl>
      {lastNote && (
        <p className="lead-note">
          <span className="muted">Last note: </span>
          {lastNote}
        </p>
      )}
    </section>
  );
}
