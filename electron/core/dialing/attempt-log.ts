import type { Attempt, AttemptLogEntry } from '../../../shared/domain/attempt';
import { sql } from '../platform/store/sql';
import type { Store } from '../platform/store/store';

interface NameRow {
  id: number;
  first_name: string;
  last_name: string;
  company: string;
  phone_e164: string;
}

/** The call log's rows: today's attempts with who they called, in one read by primary key. */
export async function withLeadNames(
  store: Store,
  attempts: readonly Attempt[],
): Promise<AttemptLogEntry[]> {
  const ids = [...new Set(attempts.map((attempt) => attempt.leadId))];
  const rows =
    ids.length === 0
      ? []
      : await store.all<NameRow>(
          sql`SELECT id, first_name, last_name, company, phone_e164 FROM leads
              WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
        );
  const names = new Map(rows.map((row) => [row.id, row]));
  return attempts.map((attempt) => {
    const row = names.get(attempt.leadId);
    return {
      ...attempt,
      lead: row
        ? {
            firstName: row.first_name,
            lastName: row.last_name,
            company: row.company,
            phoneE164: row.phone_e164,
          }
        : null,
    };
  });
}
