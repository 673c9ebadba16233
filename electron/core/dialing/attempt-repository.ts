import type { Attempt } from '../../../shared/domain/attempt';
import type { AnsweredBy, CallEndReason } from '../../../shared/domain/call';
import { rawSql, sql, type SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';

export interface AttemptRow {
  id: string;
  lead_id: number;
  campaign_id: string;
  rep_id: string;
  started_at: number;
  ringing_at: number | null;
  answered_at: number | null;
  answered_by: string | null;
  ended_at: number | null;
  talk_seconds: number;
  end_reason: string | null;
  outcome_code: string | null;
  not_on_the_line: number;
  note: string | null;
  callback_at: number | null;
  provider: string;
  presented_caller_id: string | null;
  provider_call_id: string | null;
  recorded_at: number | null;
}

export const ATTEMPT_COLUMNS =
  'id, lead_id, campaign_id, rep_id, started_at, ringing_at, answered_at, answered_by, ended_at, ' +
  'talk_seconds, end_reason, outcome_code, not_on_the_line, note, callback_at, provider, presented_caller_id, provider_call_id, recorded_at';

export function rowToAttempt(row: AttemptRow): Attempt {
  return {
    id: row.id,
    leadId: row.lead_id,
    campaignId: row.campaign_id,
    repId: row.rep_id,
    startedAt: row.started_at,
    ringingAt: row.ringing_at,
    answeredAt: row.answered_at,
    answeredBy: row.answered_by as AnsweredBy | null,
    endedAt: row.ended_at,
    talkSeconds: row.talk_seconds,
    endReason: row.end_reason as CallEndReason | null,
    outcomeCode: row.outcome_code,
    notOnTheLine: row.not_on_the_line === 1,
    note: row.note,
    callbackAt: row.callback_at,
    provider: row.provider,
    presentedCallerId: row.presented_caller_id,
    providerCallId: row.provider_call_id,
    recordedAt: row.recorded_at,
  };
}

const selectAttempts = rawSql(`SELECT ${ATTEMPT_COLUMNS} FROM attempts`);

/** The facts of the call itself; an outcome is never written or cleared by a progress save. */
const callFacts = rawSql(`ringing_at = excluded.ringing_at, answered_at = excluded.answered_at,
  answered_by = excluded.answered_by, ended_at = excluded.ended_at, talk_seconds = excluded.talk_seconds,
  end_reason = excluded.end_reason, provider_call_id = excluded.provider_call_id`);

export class AttemptRepository {
  constructor(private readonly store: Store) {}

  async all(): Promise<Attempt[]> {
    const rows = await this.store.all<AttemptRow>(sql`${selectAttempts} ORDER BY started_at, id`);
    return rows.map(rowToAttempt);
  }

  async byId(id: string): Promise<Attempt | null> {
    const row = await this.store.get<AttemptRow>(sql`${selectAttempts} WHERE id = ${id}`);
    return row ? rowToAttempt(row) : null;
  }

  /** A rep's attempts started in [since, until), oldest first. */
  async byRepBetween(repId: string, since: number, until: number): Promise<Attempt[]> {
    const rows = await this.store.all<AttemptRow>(
      sql`${selectAttempts} WHERE rep_id = ${repId} AND started_at >= ${since}
          AND started_at < ${until} ORDER BY started_at, id`,
    );
    return rows.map(rowToAttempt);
  }

  async byRepSince(repId: string, since: number): Promise<Attempt[]> {
    const rows = await this.store.all<AttemptRow>(
      sql`${selectAttempts} WHERE rep_id = ${repId} AND started_at >= ${since} ORDER BY started_at, id`,
    );
    return rows.map(rowToAttempt);
  }

  /** Inserts the attempt, or (written again) updates its call facts: idempotent by id. */
  static saveCallStatement(attempt: Attempt): SqlStatement {
    return sql`${insertAttempt(attempt)} ON CONFLICT(id) DO UPDATE SET ${callFacts}`;
  }

  /** Inserts or updates the whole attempt, outcome included. */
  static saveWithOutcomeStatement(attempt: Attempt): SqlStatement {
    return sql`${insertAttempt(attempt)} ON CONFLICT(id) DO UPDATE SET ${callFacts},
      outcome_code = excluded.outcome_code, not_on_the_line = excluded.not_on_the_line, note = excluded.note,
      callback_at = excluded.callback_at, recorded_at = excluded.recorded_at`;
  }

  static clearOutcomeStatement(attemptId: string): SqlStatement {
    return sql`UPDATE attempts SET outcome_code = NULL, not_on_the_line = 0, note = NULL, callback_at = NULL,
      recorded_at = NULL WHERE id = ${attemptId}`;
  }

  static deleteStatement(attemptId: string): SqlStatement {
    return sql`DELETE FROM attempts WHERE id = ${attemptId}`;
  }
}

function insertAttempt(a: Attempt): SqlStatement {
  return sql`INSERT INTO attempts (${rawSql(ATTEMPT_COLUMNS)}) VALUES (${a.id}, ${a.leadId},
    ${a.campaignId}, ${a.repId}, ${a.startedAt}, ${a.ringingAt}, ${a.answeredAt}, ${a.answeredBy},
    ${a.endedAt},
    ${a.talkSeconds}, ${a.endReason}, ${a.outcomeCode}, ${a.notOnTheLine ? 1 : 0}, ${a.note}, ${a.callbackAt}, ${a.provider},
    ${a.presentedCallerId}, ${a.providerCallId}, ${a.recordedAt})`;
}
