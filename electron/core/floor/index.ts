/** The team hub and the rep side of delivering to it. See docs/FLOOR.md. */
export { startHub, type Hub } from '../../hub/server/start-hub';
export type { HubOptions } from '../../hub/server/hub-options';
export type { FloorApi } from '../../hub/server/floor-api';
export { HUB_MIGRATIONS } from '../../hub/store/hub-migrations';
export { deriveRepKey, generateTeamToken } from '../../hub/auth/rep-key';
export {
  loadOrCreateTeamToken,
  readTeamToken,
  teamTokenFile,
} from '../../hub/auth/team-token-file';
export {
  HubConnection,
  type HubConnectionOptions,
  type HubConnectionStatus,
  type HubCredential,
} from './outbox/hub-connection';
export type { Outbox, OutboxEntry } from './outbox/outbox';
export { StoreOutbox } from './outbox/store-outbox';
export { SupervisorClient, type SupervisorClientOptions } from './client/supervisor-client';
