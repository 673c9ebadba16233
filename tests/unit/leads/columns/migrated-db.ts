import initSqlJs, { type Database } from 'sql.js';
import { ImportStagingRepository } from '../../../../electron/core/leads/import/import-staging-repository';
import { MIGRATIONS } from '../../../../electron/core/platform/store/migrations';
import { migrate } from '../../../../electron/core/platform/store/migrations/migrate';
import type { SqlStatement } from '../../../../electron/core/platform/store/sql';

/** An in-memory database at the latest schema, with the import's staging table created. */
export async function migratedDbWithStaging(): Promise<Database> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  migrate(db, MIGRATIONS);
  run(db, ImportStagingRepository.createStatements());
  return db;
}

export function run(db: Database, statements: readonly SqlStatement[]): void {
  for (const statement of statements) db.run(statement.text, [...statement.params]);
}
