import { sql } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

/**
 * The dials a number had since a moment, whichever lead, campaign (or, in team mode, rep) placed
 * them: what a cap per number in 24 hours counts. A port, so the team hub can feed the team's
 * dials later; the local one reads this rep's store.
 */
export interface NumberDialHistory {
  dialsSince(phoneE164: string, since: number): Promise<number[]>;
}

export class StoreNumberDials implements NumberDialHistory {
  constructor(private readonly store: Store) {}

  async dialsSince(phoneE164: string, since: number): Promise<number[]> {
    // Seeks leads_by_campaign_phone per campaign, then attempts_by_lead: no scan at any size.
    const rows = await this.store.all<{ started_at: number }>(
      sql`SELECT a.started_at FROM campaigns c
            JOIN leads l ON l.campaign_id = c.id AND l.phone_e164 = ${phoneE164}
            JOIN attempts a ON a.lead_id = l.id AND a.started_at > ${since}`,
    );
    return rows.map((row) => row.started_at);
  }
}
