import { rawSql, sql } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import { ATTEMPT_COLUMNS, rowToAttempt, type AttemptRow } from '../../dialing';
import { isoOrEmpty, toCsv } from './csv-cells';

export const ATTEMPT_EXPORT_HEADER = [
  'attempt_id',
  'lead_id',
  'first_name',
  'last_name',
  'company',
  'phone_e164',
  'campaign_id',
  'rep_id',
  'started_at',
  'ringing_at',
  'answered_at',
  'answered_by',
  'ended_at',
  'talk_seconds',
  'end_reason',
  'outcome',
  'note',
  'callback_at',
  'provider',
  'provider_call_id',
  'recorded_at',
  // Added last, so the columns before them keep their places for imports already set up.
  'outcome_not_on_the_line',
  'presented_caller_id',
] as const;

type Joined = AttemptRow & {
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  phone_e164: string | null;
};

/** Every attempt with its lead's name and number, oldest first, in the columns CRMs import. */
export async function exportAttemptsCsv(store: Store): Promise<{ csv: string; rows: number }> {
  const columns = ATTEMPT_COLUMNS.split(', ')
    .map((column) => `a.${column}`)
    .join(', ');
  const rows = await store.all<Joined>(
    sql`SELECT ${rawSql(columns)}, l.first_name, l.last_name, l.company, l.phone_e164
        FROM attempts a LEFT JOIN leads l ON l.id = a.lead_id
        ORDER BY a.started_at, a.id`,
  );
  const cells = rows.map((row) => {
    const attempt = rowToAttempt(row);
    return [
      attempt.id,
      String(attempt.leadId),
      row.first_name ?? '',
      row.last_name ?? '',
      row.company ?? '',
      row.phone_e164 ?? '',
      attempt.campaignId,
      attempt.repId,
      isoOrEmpty(attempt.startedAt),
      isoOrEmpty(attempt.ringingAt),
      isoOrEmpty(attempt.answeredAt),
      attempt.answeredBy ?? '',
      isoOrEmpty(attempt.endedAt),
      String(attempt.talkSeconds),
      attempt.endReason ?? '',
      attempt.outcomeCode ?? '',
      attempt.note ?? '',
      isoOrEmpty(attempt.callbackAt),
      attempt.provider,
      attempt.providerCallId ?? '',
      isoOrEmpty(attempt.recordedAt),
      attempt.notOnTheLine ? 'yes' : '',
      attempt.presentedCallerId ?? '',
    ];
  });
  return { csv: toCsv(ATTEMPT_EXPORT_HEADER, cells), rows: cells.length };
}
