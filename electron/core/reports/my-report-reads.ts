import type { Attempt } from '../../../shared/domain/attempt';
import type { ReportLead } from '../../../shared/reports/report-attempt';
import { AttemptRepository } from '../dialing';
import { sql, sqlList } from '../platform/store/sql';
import type { Store } from '../platform/store/store';

export interface LeadFacts {
  id: number;
  createdAt: number;
  firstAttemptAt: number | null;
  campaignId: string;
  source: string | null;
}

export interface MyReportFacts {
  attempts: Attempt[];
  leads: Map<number, LeadFacts>;
  campaignNames: Map<string, string>;
  /** Leads that arrived in the range and were not dialed by its end. */
  undialed: ReportLead[];
}

const LEAD_BATCH = 500;

/** The rep's dials in [start, end) from the local store, with the leads and campaigns they need. */
export async function readMyReportFacts(
  store: Store,
  repId: string,
  start: number,
  end: number,
): Promise<MyReportFacts> {
  const attempts = await new AttemptRepository(store).byRepBetween(repId, start, end);
  const campaigns = await store.all<{ id: string; name: string }>(
    sql`SELECT id, name FROM campaigns`,
  );
  const campaignNames = new Map(campaigns.map((campaign) => [campaign.id, campaign.name]));
  const leads = new Map<number, LeadFacts>();
  const leadIds = [...new Set(attempts.map((attempt) => attempt.leadId))];
  for (let from = 0; from < leadIds.length; from += LEAD_BATCH) {
    const rows = await store.all<LeadRow>(
      sql`SELECT id, created_at, first_attempt_at, campaign_id, source FROM leads
          WHERE id IN (${sqlList(leadIds.slice(from, from + LEAD_BATCH))})`,
    );
    for (const row of rows) leads.set(row.id, leadFacts(row));
  }
  const undialedRows = await store.all<LeadRow>(
    sql`SELECT id, created_at, first_attempt_at, campaign_id, source FROM leads
        WHERE created_at >= ${start} AND created_at < ${end}
          AND (first_attempt_at IS NULL OR first_attempt_at >= ${end})`,
  );
  const undialed = undialedRows.map((row) => ({
    createdAt: row.created_at,
    firstAttemptAt: row.first_attempt_at,
    source: row.source,
    campaignId: row.campaign_id,
    campaignName: campaignNames.get(row.campaign_id) ?? null,
  }));
  return { attempts, leads, campaignNames, undialed };
}

interface LeadRow {
  id: number;
  created_at: number;
  first_attempt_at: number | null;
  campaign_id: string;
  source: string | null;
}

function leadFacts(row: LeadRow): LeadFacts {
  return {
    id: row.id,
    createdAt: row.created_at,
    firstAttemptAt: row.first_attempt_at,
    campaignId: row.campaign_id,
    source: row.source,
  };
}
