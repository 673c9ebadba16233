import type { ColumnMapping, RememberedMapping } from '../../../../shared/domain/import';
import { sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

interface MappingRow {
  signature: string;
  columns_json: string;
  saved_at: number;
}

/** The column mapping people confirmed, per header signature: the next export of a layout maps alike. */
export const MappingRepository = {
  async remembered(store: Store, signature: string): Promise<RememberedMapping | null> {
    const row = await store.get<MappingRow>(
      sql`SELECT signature, columns_json, saved_at FROM import_mappings
          WHERE signature = ${signature}`,
    );
    if (!row) return null;
    try {
      const columns = JSON.parse(row.columns_json) as RememberedMapping['columns'];
      return { signature: row.signature, columns, savedAt: row.saved_at };
    } catch {
      return null;
    }
  },

  saveStatement(mapping: ColumnMapping, savedAt: number): SqlStatement {
    const columns = mapping.columns.map(({ index, target }) => ({ index, target }));
    const headers = mapping.columns.map((column) => column.header);
    return sql`INSERT INTO import_mappings (signature, headers_json, columns_json, saved_at)
      VALUES (${mapping.signature}, ${JSON.stringify(headers)}, ${JSON.stringify(columns)},
        ${savedAt})
      ON CONFLICT(signature) DO UPDATE SET headers_json = excluded.headers_json,
        columns_json = excluded.columns_json, saved_at = excluded.saved_at`;
  },
};
