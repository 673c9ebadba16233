import type { Database } from 'sql.js';
import type { Migration } from './migration';

export function schemaVersion(db: Database): number {
  const result = db.exec('PRAGMA user_version');
  return Number(result[0]?.values[0]?.[0] ?? 0);
}

/**
 * Runs every migration newer than the database, each in its own transaction that also sets
 * user_version, so a failure leaves the database at the last good version.
 */
export function migrate(db: Database, migrations: readonly Migration[]): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
  const current = schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new Error(
      `The database is at schema version ${current}, newer than this Dialdeck (${latest}). ` +
        'Update Dialdeck to open it.',
    );
  }
  for (const migration of migrations.slice(current)) {
    db.exec('BEGIN');
    try {
      for (const statement of migration.statements) db.exec(statement);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(
        `Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return latest;
}
