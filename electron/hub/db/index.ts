export { HubDatabaseError } from './db-errors';
export type {
  DbResult,
  DbRow,
  DbTransaction,
  DbValue,
  HubDatabase,
  NotificationHandler,
} from './hub-database';
export { openHubDatabase, type HubDatabaseConfig } from './open-database';
export type { ServerDatabaseOptions } from './server-database';
