import type { Lead, LeadId } from '../../../shared/domain/lead';
import { DEFAULT_CAMPAIGN_RULES } from '../queue';
import { queueColumns } from '../queue';
import { rawSql, sql, sqlList, type SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';
import { LEAD_COLUMNS, rowToLead, type LeadRow, type NewLead } from './lead-rows';
import { STAGED_LEAD_COLUMN_NAMES, stagedValues } from './staged-lead-columns';

const selectLeads = rawSql(`SELECT ${LEAD_COLUMNS} FROM leads`);
const insertColumns = rawSql(STAGED_LEAD_COLUMN_NAMES.join(', '));

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
      const values = stagedValues({
        ...lead,
        importedAt,
        status,
        holdReason: lead.holdReason ?? null,
        queueTier: queue?.queueTier ?? null,
        queueDueAt: queue?.queueDueAt ?? null,
        // Left to the leads' trigger, which reads the rules' regions in the same write.
        callingRegions: '',
      });
      return sql`INSERT INTO leads (${insertColumns}) VALUES (${sqlList(values)})`;
    });
  }
}
