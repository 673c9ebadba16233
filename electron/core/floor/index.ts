/** The team hub and the rep side of delivering to it. See docs/FLOOR.md. */
export { startHub, type Hub } from './hub/start-hub';
export type { HubOptions } from './hub/hub-options';
export type { FloorApi } from './hub/floor-api';
export { HUB_MIGRATIONS } from './hub-store/hub-migrations';
export { deriveRepKey, generateTeamToken } from './auth/rep-key';
export { loadOrCreateTeamToken, readTeamToken, teamTokenFile } from './auth/team-token-file';
export {
  HubConnection,
  type HubConnectionOptions,
  type HubConnectionStatus,
  type HubCredential,
} from './rep/hub-connection';
export type { Outbox, OutboxEntry } from './rep/outbox';
export { StoreOutbox } from './rep/store-outbox';
export { MemoryOutbox } from './rep/memory-outbox';
export { OUTBOX_MIGRATION_NAME, OUTBOX_MIGRATION_STATEMENTS } from './rep/outbox-migration';
export { SupervisorClient, type SupervisorClientOptions } from './client/supervisor-client';
