/** The rep side of the team floor: the outbox, its delivery to the hub, the supervisor's client, the link. See docs/FLOOR.md. */
export {
  HubConnection,
  type HubChannel,
  type HubLink,
  type HubConnectionOptions,
  type HubConnectionStatus,
  type HubCredential,
} from './outbox/hub-connection';
export type { Outbox, OutboxEntry } from './outbox/outbox';
export { StoreOutbox } from './outbox/store-outbox';
export { SupervisorClient, type SupervisorClientOptions } from './client/supervisor-client';
export { floorHandlers } from './floor-handlers';
export { FloorLink } from './link/floor-link';
