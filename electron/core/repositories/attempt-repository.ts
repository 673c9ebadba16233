import type { Attempt } from '../../../shared/domain/attempt';
import type { CallEndReason } from '../../../shared/domain/call';
import { rawSql, sql } from '../store/sql';
import type { Store } from '../store/store';

export interface AttemptRow {
  id: string;
  lead_id: number;
  campaign_id: string;
  rep_id: string;
  started_at: number;
  ringing_at: number | null;
  answered_at: number | null;
  ended_at: number | null;
  talk_seconds: number;
  end_reason: string | null;
  outcome_code: string | null;
  note: string | null;
  callback_at: number | null;
  provider: string;
  provider_call_id: string | null;
  recorded_at: number | null;
}

export const ATTEMPT_COLUMNS =
  'id, lead_id, campaign_id, rep_id, started_at, ringing_at, answered_at, ended_at, talk_seconds, ' +
  'end_reason, outcome_code, note, callback_at, provider, provider_call_id, recorded_at';

export function rowToAttempt(row: AttemptRow): Attempt {
  return {
    id: row.id,
    leadId: row.lead_id,
    campaignId: row.campaign_id,
    repId: row.rep_id,
    startedAt: row.started_at,
    ringingAt: row.ringing_at,
    answeredAt: row.answered_at,
    endedAt: row.ended_at,
    talkSeconds: row.talk_seconds,
    endReason: row.end_reason as CallEndReason | null,
    outcomeCode: row.outcome_code,
    note: row.note,
    callbackAt: row.callback_at,
    provider: row.provider,
    providerCallId: row.provider_call_id,
    recordedAt: row.recorded_at,
  };
}

export class AttemptRepository {
  constructor(private readonly store: Store) {}

  async all(): Promise<Attempt[]> {
    const rows = await this.store.all<AttemptRow>(
      sql`SELECT ${rawSql(ATTEMPT_COLUMNS)} FROM attempts ORDER BY started_at, id`,
    );
    return rows.map(rowToAttempt);
  }

  async byRepSince(repId: string, since: number): Promise<Attempt[]> {
    const rows = await this.store.all<AttemptRow>(
      sql`SELECT ${rawSql(ATTEMPT_COLUMNS)} FROM attempts
          WHERE rep_id = ${repId} AND started_at >= ${since} ORDER BY started_at, id`,
    );
    return rows.map(rowToAttempt);
  }
}
