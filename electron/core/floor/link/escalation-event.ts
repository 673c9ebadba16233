import { leadDisplayName } from '../../../../shared/domain/lead';
import { leadSource } from '../../../../shared/domain/lead-source';
import type { SessionSnapshot } from '../../../../shared/domain/session';
import type { EscalatedCall } from '../../../../shared/floor/escalation';
import { clip } from './state-event';

/**
 * The lead on screen and its call as the supervisor's card shows them; null with no lead on
 * screen (the hub has no copy of the rep's leads to look one up).
 */
export function escalatedCallOf(snapshot: SessionSnapshot): EscalatedCall | null {
  const lead = snapshot.offer?.lead;
  if (!lead) return null;
  const call = snapshot.call;
  return {
    leadName: clip(leadDisplayName(lead)),
    phone: lead.phoneE164,
    source: clip(leadSource(lead)),
    state: snapshot.state,
    startedAt: call?.startedAt ?? null,
    answeredAt: call?.answeredAt ?? null,
    endedAt: call?.endedAt ?? null,
  };
}
