import type { LeadStatus } from '../../../../shared/domain/lead';
import type { PoolLeadPayload, PoolOfferMessage } from '../../../../shared/floor/protocol';
import { CampaignRepository } from '../../campaigns';
import { LeadRepository, type NewLead } from '../../leads';
import { queueColumns, type CampaignRules } from '../../queue';
import { sql, type SqlStatement } from '../../platform/store/sql';
import { PoolLeadMarks, type PoolLeadMark } from './pool-lead-marks';

/**
 * The statements that put an offered lead in the rep's queue, as one write: a lead the rep has
 * never held is added (in a campaign row for its team campaign when the rep has none yet), a lead
 * it held before is brought back under the new offer. Either way the lead takes the pool's state
 * (attempts by anyone on the team, a callback this rep promised) and its place in the queue.
 */
export function offerWrite(
  offer: PoolOfferMessage,
  held: PoolLeadMark | null,
  rules: CampaignRules,
  now: number,
): SqlStatement[] {
  const { lead } = offer;
  const mark = { poolLeadId: lead.id, offerId: offer.offerId, claimUntil: offer.claimUntil };
  const arrive = held
    ? [
        updateFieldsStatement(held.leadId, lead),
        PoolLeadMarks.reassign({ ...mark, leadId: held.leadId }, now),
      ]
    : [
        // Named by its id until the team campaigns arrive (they take the row over).
        CampaignRepository.ensureStatement({
          id: lead.campaignId,
          name: lead.campaignId,
          createdAt: now,
        }),
        ...LeadRepository.insertStatements([newLeadOf(lead)], now),
        PoolLeadMarks.insertForLastLead(mark, now),
      ];
  return [...arrive, poolStateStatement(lead, rules)];
}

function statusOf(lead: PoolLeadPayload): LeadStatus {
  if (lead.callbackAt !== null) return 'callback';
  return lead.attemptCount > 0 ? 'retry' : 'new';
}

function newLeadOf(lead: PoolLeadPayload): NewLead {
  return {
    campaignId: lead.campaignId,
    firstName: lead.firstName,
    lastName: lead.lastName,
    company: lead.company,
    phoneE164: lead.phoneE164,
    phoneExtension: null,
    email: lead.email,
    timeZone: lead.timeZone,
    region: lead.region,
    postalCode: lead.postalCode,
    country: lead.country,
    createdAt: lead.createdAt,
    owner: null,
    notes: lead.notes,
    source: lead.source,
    custom: lead.custom,
  };
}

function updateFieldsStatement(leadId: number, lead: PoolLeadPayload): SqlStatement {
  return sql`UPDATE leads SET first_name = ${lead.firstName}, last_name = ${lead.lastName},
      company = ${lead.company}, phone_e164 = ${lead.phoneE164}, email = ${lead.email},
      time_zone = ${lead.timeZone}, region = ${lead.region}, postal_code = ${lead.postalCode},
      country = ${lead.country}, notes = ${lead.notes}, source = ${lead.source},
      custom_json = ${JSON.stringify(lead.custom)}
    WHERE id = ${leadId}`;
}

/** The pool's state of the lead and the queue place it gives, on the lead its mark names. */
function poolStateStatement(lead: PoolLeadPayload, rules: CampaignRules): SqlStatement {
  const status = statusOf(lead);
  const queue = queueColumns(
    {
      status,
      timeZone: lead.timeZone,
      createdAt: lead.createdAt,
      attemptCount: lead.attemptCount,
      nextEligibleAt: null,
      callbackAt: lead.callbackAt,
    },
    rules,
  );
  return sql`UPDATE leads SET status = ${status},
      attempt_count = max(attempt_count, ${lead.attemptCount}),
      first_attempt_at = coalesce(first_attempt_at, ${lead.firstAttemptAt}),
      callback_at = ${lead.callbackAt}, next_eligible_at = NULL,
      queue_tier = ${queue?.queueTier ?? null}, queue_due_at = ${queue?.queueDueAt ?? null}
    WHERE id = (SELECT lead_id FROM team_pool_leads WHERE pool_lead_id = ${lead.id})`;
}
