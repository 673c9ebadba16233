import type { HeldLeadPage, Lead, LeadId } from '../../../../shared/domain/lead';
import { DomainError } from '../../../../shared/result';
import { DEFAULT_CAMPAIGN_RULES } from '../../queue';
import { readLeadForDial } from '../../queue/store';
import { queueStateOf, updateQueueStateStatement, withQueueColumns } from '../../queue/store';
import { LEAD_COLUMNS, rowToLead, type LeadRow } from '../lead-rows';
import type { QueueCampaigns } from '../../queue/store';
import { rawSql, sql } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

export interface HeldLeadsDeps {
  store: Store;
  campaigns: QueueCampaigns;
  /** A lead left review: the queue (a new zone, maybe) and its view follow. */
  onChanged: () => void;
}

/**
 * Leads held for review: the importer could not tell their time zone for sure (a country with
 * several zones and nothing more), so nobody dials them until a person gives the zone or closes
 * the lead.
 */
export class HeldLeads {
  constructor(private readonly deps: HeldLeadsDeps) {}

  async page(offset: number, limit: number): Promise<HeldLeadPage> {
    const [total, rows] = await Promise.all([
      this.deps.store.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM leads WHERE status = 'held'`,
      ),
      this.deps.store.all<LeadRow>(
        sql`SELECT ${rawSql(LEAD_COLUMNS)} FROM leads INDEXED BY leads_held WHERE status = 'held'
            ORDER BY id LIMIT ${limit} OFFSET ${offset}`,
      ),
    ]);
    return { total: total?.n ?? 0, leads: rows.map(rowToLead) };
  }

  /** Gives the lead its zone and puts it in the queue (new, or back to its retries). */
  async resolve(leadId: LeadId, timeZone: string): Promise<Lead> {
    const { lead, row } = await this.heldLead(leadId);
    const rules = (await this.deps.campaigns.rulesFor(lead.campaignId)) ?? DEFAULT_CAMPAIGN_RULES;
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    const released = withQueueColumns(
      { ...lead, timeZone },
      { ...state, status: lead.attemptCount === 0 ? 'new' : 'retry' },
      rules,
    );
    await this.deps.store.write([
      sql`UPDATE leads SET time_zone = ${timeZone}, hold_reason = NULL WHERE id = ${leadId}`,
      updateQueueStateStatement(leadId, released),
    ]);
    return this.changed(leadId);
  }

  /** Finishes the lead without a dial; the reason becomes its last note. */
  async close(leadId: LeadId, reason: string): Promise<Lead> {
    const { lead, row } = await this.heldLead(leadId);
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    await this.deps.store.write([
      sql`UPDATE leads SET hold_reason = NULL WHERE id = ${leadId}`,
      updateQueueStateStatement(leadId, {
        ...state,
        status: 'done',
        lastNote: `closed in review: ${reason.trim()}`,
        queueTier: null,
        queueDueAt: null,
      }),
    ]);
    return this.changed(leadId);
  }

  private async heldLead(leadId: LeadId) {
    const row = await readLeadForDial(this.deps.store, leadId);
    if (!row) throw new DomainError('not-found', `There is no lead #${leadId}.`);
    const lead = rowToLead(row);
    if (lead.status !== 'held') {
      throw new DomainError('conflict', `Lead #${leadId} is not held for review.`);
    }
    return { lead, row };
  }

  private async changed(leadId: LeadId): Promise<Lead> {
    this.deps.onChanged();
    const row = await readLeadForDial(this.deps.store, leadId);
    if (!row) throw new DomainError('not-found', `There is no lead #${leadId}.`);
    return rowToLead(row);
  }
}
