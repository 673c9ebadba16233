import { openEmbeddedDatabase } from './embedded-database';
import type { HubDatabase } from './hub-database';
import { openServerDatabase, type ServerDatabaseOptions } from './server-database';

export type HubDatabaseConfig =
  { kind: 'embedded'; dataDir: string } | ({ kind: 'server' } & ServerDatabaseOptions);

/** The hub's database as configured: embedded in its data folder unless a server URL is given. */
export function openHubDatabase(config: HubDatabaseConfig): Promise<HubDatabase> {
  return config.kind === 'embedded'
    ? openEmbeddedDatabase(config.dataDir)
    : openServerDatabase(config);
}
