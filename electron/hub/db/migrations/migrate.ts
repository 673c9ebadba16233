import { HubDatabaseError } from '../db-errors';
import type { DbTransaction, HubDatabase } from '../hub-database';
import type { HubMigration } from './hub-migration';

/** Any constant: every hub node that migrates the same database takes the same lock. */
const MIGRATION_LOCK = 461_300_013;

interface AppliedRow {
  version: number;
  name: string;
}

export interface MigrationReport {
  /** Versions this call applied, in order. */
  applied: number[];
  /** The schema version afterwards. */
  version: number;
}

const applied = async (tx: DbTransaction) =>
  (
    await tx.query<AppliedRow & Record<string, unknown>>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    )
  ).rows;

function refuseUnknown(rows: readonly AppliedRow[], known: readonly HubMigration[], where: string) {
  const latest = known.at(-1)?.version ?? 0;
  const newest = rows.at(-1);
  if (newest && newest.version > latest) {
    throw new HubDatabaseError(
      `the hub database at ${where} is at schema version ${newest.version} ("${newest.name}"), ` +
        `newer than this hub knows (${latest}): run the newer Dialdeck hub that upgraded it, ` +
        'or restore a backup made before that upgrade',
      'schema-too-new',
    );
  }
  for (const row of rows) {
    const mine = known.find((migration) => migration.version === row.version);
    if (mine?.name !== row.name) {
      throw new HubDatabaseError(
        `the hub database at ${where} recorded migration ${row.version} as "${row.name}", ` +
          `but this hub's migration ${row.version} is "${mine?.name ?? 'missing'}": ` +
          'it was made by a different build; do not point two kinds of hub at one database',
        'schema-mismatch',
      );
    }
  }
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction with its
 * schema_migrations row, under an advisory lock, so hub nodes starting together apply each
 * migration once; a database newer than this code is refused before anything is changed.
 */
export async function migrate(
  db: HubDatabase,
  migrations: readonly HubMigration[],
): Promise<MigrationReport> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at BIGINT NOT NULL
    )`);
  });
  const done: number[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const rows = await applied(tx);
      refuseUnknown(rows, migrations, db.location);
      if (rows.some((row) => row.version === migration.version)) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, Date.now()],
      );
      return true;
    });
    if (ran) done.push(migration.version);
  }
  const rows = await db.transaction(applied);
  refuseUnknown(rows, migrations, db.location);
  return { applied: done, version: rows.at(-1)?.version ?? 0 };
}
