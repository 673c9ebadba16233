export { HubDatabaseError } from './db-errors';
export type {
  DbResult,
  DbRow,
  DbTransaction,
  DbValue,
  HubDatabase,
  NotificationHandler,
} from './hub-database';
export { HUB_SCHEMA } from './migrations/hub-schema';
export type { HubMigration } from './migrations/hub-migration';
export { migrate, type MigrationReport } from './migrations/migrate';
export { openHubDatabase, type HubDatabaseConfig } from './open-database';
export type { ServerDatabaseOptions } from './server-database';
export { backupEmbedded, restoreEmbedded } from './embedded-backup';
export { describeTarget, parseDatabaseUrl } from './server-target';
export { GroupCommit, type GroupCommitOptions } from './group-commit';
