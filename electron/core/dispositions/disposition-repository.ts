import {
  DEFAULT_DISPOSITIONS,
  type Disposition,
  type DispositionFlags,
} from '../../../shared/domain/disposition';
import { sql, type SqlStatement } from '../platform/store/sql';
import type { Store } from '../platform/store/store';

interface DispositionRow {
  code: string;
  label: string;
  hotkey: string | null;
  flags_json: string;
  retry_after_minutes: number | null;
}

/** The list every campaign uses until campaigns get lists of their own. */
export const SHARED_LIST = '';

/** The editable dispositions; the brief's defaults until the rep saves a list of their own. */
export class DispositionRepository {
  constructor(private readonly store: Store) {}

  async list(campaignId = SHARED_LIST): Promise<Disposition[]> {
    const rows = await this.store.all<DispositionRow>(
      sql`SELECT code, label, hotkey, flags_json, retry_after_minutes FROM dispositions
          WHERE campaign_id = ${campaignId} ORDER BY position`,
    );
    if (rows.length === 0)
      return DEFAULT_DISPOSITIONS.map((d) => ({ ...d, flags: { ...d.flags } }));
    return rows.map((row) => ({
      code: row.code,
      label: row.label,
      hotkey: row.hotkey,
      flags: JSON.parse(row.flags_json) as DispositionFlags,
      retryAfterMinutes: row.retry_after_minutes,
    }));
  }

  /** The lists campaigns have of their own (the team campaigns'), by campaign id. */
  async campaignLists(): Promise<Map<string, Disposition[]>> {
    const rows = await this.store.all<{ campaign_id: string }>(
      sql`SELECT DISTINCT campaign_id FROM dispositions WHERE campaign_id <> ${SHARED_LIST}`,
    );
    const lists = new Map<string, Disposition[]>();
    for (const { campaign_id: campaignId } of rows) {
      lists.set(campaignId, await this.list(campaignId));
    }
    return lists;
  }

  /** Replaces the whole list in one write, in the given order. */
  static replaceStatements(
    dispositions: readonly Disposition[],
    campaignId = SHARED_LIST,
  ): SqlStatement[] {
    return [
      sql`DELETE FROM dispositions WHERE campaign_id = ${campaignId}`,
      ...dispositions.map(
        (d, position) => sql`INSERT INTO dispositions (campaign_id, position, code, label, hotkey,
          flags_json, retry_after_minutes) VALUES (${campaignId}, ${position}, ${d.code},
          ${d.label}, ${d.hotkey}, ${JSON.stringify(d.flags)}, ${d.retryAfterMinutes})`,
      ),
    ];
  }
}
