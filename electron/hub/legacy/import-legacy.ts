import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../core/platform/log/logger';
import { lockDataDir } from '../../core/platform/store/data-dir-lock';
import { openInlineStore } from '../../core/platform/store/open-store';
import { rawSql } from '../../core/platform/store/sql';
import { holdsDialdeckData, snapshotPaths } from '../../core/platform/store/snapshot-files';
import type { HubDatabase } from '../db';
import { LEGACY_SQLJS_HUB_SCHEMA } from './sqljs-schema';

/** Where the old store's files go once imported: kept whole, never deleted. */
export const IMPORTED_FOLDER = 'sqljs-hub-store.imported';

export interface LegacyImport {
  reps: number;
  events: number;
  alerts: number;
  escalations: number;
  /** The folder the old files were moved to. */
  keptIn: string;
}

const TABLES = ['reps', 'streams', 'events', 'alerts', 'escalations'] as const;

/** Columns copied per table: the sql.js store's, in the PostgreSQL tables' names. */
const COLUMNS: Record<(typeof TABLES)[number], string> = {
  reps: 'rep_id text, rep_name text, time_zone text, stream_id text, first_seen_at bigint, last_seen_at bigint',
  streams: 'rep_id text, stream_id text, last_seq bigint',
  events:
    'event_id text, rep_id text, stream_id text, seq bigint, type text, at bigint, received_at bigint, event_json text',
  alerts:
    'id text, condition_key text, kind text, rep_id text, message text, raised_at bigint, cleared_at bigint, acknowledged_at bigint, acknowledged_by text',
  escalations:
    'id text, rep_id text, lead_id bigint, attempt_id text, note text, raised_at bigint, acknowledged_at bigint, acknowledged_by text',
};

/**
 * A hub folder from before PostgreSQL holds a sql.js store (snapshot + journal). On the first
 * start it is read, copied into the database in one transaction (a copy already there is kept:
 * a crash between the commit and the move repeats the import harmlessly), then moved aside.
 */
export async function importLegacyHubStore(
  dataDir: string,
  db: HubDatabase,
  log: Logger,
): Promise<LegacyImport | null> {
  if (!holdsDialdeckData(dataDir)) return null;
  const unlock = lockDataDir(dataDir);
  try {
    const { store } = await openInlineStore({
      dataDir,
      migrations: LEGACY_SQLJS_HUB_SCHEMA,
      readOnly: true,
    });
    const rows: Record<string, object[]> = {};
    try {
      for (const table of TABLES) {
        const order = table === 'events' ? ' ORDER BY id' : '';
        rows[table] = await store.all(rawSql(`SELECT * FROM ${table}${order}`));
      }
    } finally {
      await store.close();
    }
    await db.transaction(async (tx) => {
      for (const table of TABLES) {
        const names = COLUMNS[table]
          .split(', ')
          .map((column) => column.split(' ')[0])
          .join(', ');
        await tx.query(
          `INSERT INTO ${table} (${names}) SELECT ${names}
           FROM json_to_recordset($1::json) AS x(${COLUMNS[table]}) ON CONFLICT DO NOTHING`,
          [JSON.stringify(rows[table])],
        );
      }
    });
    const keptIn = moveAside(dataDir);
    const result = {
      reps: rows.reps!.length,
      events: rows.events!.length,
      alerts: rows.alerts!.length,
      escalations: rows.escalations!.length,
      keptIn,
    };
    log.info('hub imported its sql.js store into PostgreSQL', { ...result });
    return result;
  } finally {
    unlock();
  }
}

function moveAside(dataDir: string): string {
  let keptIn = path.join(dataDir, IMPORTED_FOLDER);
  for (let n = 2; fs.existsSync(keptIn); n++)
    keptIn = path.join(dataDir, `${IMPORTED_FOLDER}-${n}`);
  fs.mkdirSync(keptIn);
  const paths = snapshotPaths(dataDir);
  const names = [paths.current, paths.backup, paths.temp, 'journal', 'damaged'].map((name) =>
    path.basename(name),
  );
  for (const name of names) {
    const from = path.join(dataDir, name);
    if (fs.existsSync(from)) fs.renameSync(from, path.join(keptIn, name));
  }
  return keptIn;
}
