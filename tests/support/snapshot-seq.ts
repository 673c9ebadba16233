import fs from 'node:fs';
import initSqlJs from 'sql.js';
import { readSnapshotSeq } from '../../electron/core/platform/store/snapshot-load';
import { unsealSnapshot } from '../../electron/core/platform/store/snapshot-seal';

const SQL = await initSqlJs();

/** The journal record a snapshot file ends at (0 when there is none). */
export function snapshotSeqOf(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const unsealed = unsealSnapshot(fs.readFileSync(file));
  if (!unsealed.ok) return 0;
  const db = new SQL.Database(unsealed.image);
  try {
    return readSnapshotSeq(db);
  } finally {
    db.close();
  }
}
