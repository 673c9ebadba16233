import type { Lead, LeadId } from '../../../shared/domain/lead';
import { DEFAULT_CAMPAIGN_RULES } from '../queue';
import { queueColumns } from '../queue';
import { rawSql, sql, type SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';
import { LEAD_COLUMNS, rowToLead, type LeadRow, type NewLead } from './lead-rows';

const selectLeads = rawSql(`SELECT ${LEAD_COLUMNS} FROM leads`);

export class LeadRepository {
  constructor(private readonly store: Store) {}

  async byId(id: LeadId): Promise<Lead | null> {
    const row = await this.store.get<LeadRow>(sql`${selectLeads} WHERE id = ${id}`);
    return row ? rowToLead(row) : null;
  }

  async all(): Promise<Lead[]> {
    const rows = await this.store.all<LeadRow>(sql`${selectLeads} ORDER BY id`);
    return rows.map(rowToLead);
  }

  async count(): Promise<number> {
    const row = await this.store.get<{ n: number }>(sql`SELECT count(*) AS n FROM leads`);
    return row?.n ?? 0;
  }

  /**
   * Statements that insert leads, to be written in one atomic batch with whatever else belongs.
   * Each gets its queue columns; a lead never dialed is queued the same under any campaign rules.
   */
  static insertStatements(leads: readonly NewLead[], importedAt: number): SqlStatement[] {
    return leads.map((lead) => {
      const status = lead.status ?? 'new';
      const queue = queueColumns(
        { ...lead, status, attemptCount: 0, nextEligibleAt: null, callbackAt: null },
        DEFAULT_CAMPAIGN_RULES,
      );
      return sql`INSERT INTO leads (campaign_id, first_name, last_name, company, phone_e164,
        phone_extension, email, time_zone, region, postal_code, country, created_at, imported_at,
        owner, notes, custom_json, status, hold_reason, queue_tier, queue_due_at)
        VALUES (${lead.campaignId}, ${lead.firstName}, ${lead.lastName}, ${lead.company},
        ${lead.phoneE164}, ${lead.phoneExtension}, ${lead.email}, ${lead.timeZone}, ${lead.region},
        ${lead.postalCode}, ${lead.country}, ${lead.createdAt}, ${importedAt}, ${lead.owner},
        ${lead.notes}, ${JSON.stringify(lead.custom)}, ${status}, ${lead.holdReason ?? null},
        ${queue?.queueTier ?? null}, ${queue?.queueDueAt ?? null})`;
    });
  }
}
