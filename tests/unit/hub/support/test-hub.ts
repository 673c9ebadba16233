import type { Clock } from '../../../../shared/clock';
import type { AlertThresholdsPatch } from '../../../../shared/floor/alert-thresholds';
import { startHub, type Hub } from '../../../../electron/hub/server/start-hub';
import { LogRecorder, type LogLine } from '../../../support/log-recorder';
import { seedEmbeddedDatabase } from '../../../support/pglite-template';

export type { LogLine };

export const TEAM_TOKEN = 'team-token-for-tests-0123456789';

/**
 * A hub on a free port with its embedded database in `dataDir` (a copy of an empty one, so no
 * test waits for initdb), its log lines kept for assertions.
 */
export async function startTestHub(
  dataDir: string,
  options: {
    clock?: Clock;
    thresholds?: AlertThresholdsPatch;
    port?: number;
    tls?: { cert: string; key: string };
    authTimeoutMs?: number;
    /** A PostgreSQL server's database; none: the embedded one in `dataDir`. */
    databaseUrl?: string;
    nodeId?: string;
  } = {},
): Promise<{ hub: Hub; logs: LogLine[]; log: LogRecorder }> {
  const log = new LogRecorder();
  if (!options.databaseUrl) await seedEmbeddedDatabase(dataDir);
  const hub = await startHub({
    dataDir,
    teamToken: TEAM_TOKEN,
    port: options.port ?? 0,
    log: log.logger,
    clock: options.clock,
    thresholds: options.thresholds,
    tls: options.tls,
    authTimeoutMs: options.authTimeoutMs,
    ...(options.databaseUrl ? { database: { kind: 'server', url: options.databaseUrl } } : {}),
    ...(options.nodeId ? { nodeId: options.nodeId } : {}),
  });
  return { hub, logs: log.lines, log };
}
