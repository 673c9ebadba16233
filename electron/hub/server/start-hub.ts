import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { withThresholds } from '../../../shared/floor/alert-thresholds';
import { HUB_PATHS, MAX_FLOOR_MESSAGE_BYTES } from '../../../shared/floor/protocol';
import { silentLogger } from '../../core/platform/log/logger';
import { guardWebSocketServer } from '../../core/platform/net/http-guards';
import { systemClock } from '../../core/platform/system-clock';
import { openInlineStore, openStore } from '../../core/platform/store/open-store';
import { assertTeamToken } from '../auth/team-token-file';
import { HUB_MIGRATIONS } from '../store/hub-migrations';
import { loadFloor } from '../store/load-floor';
import { AlertBook } from './alert-book';
import { EscalationBook } from './escalation-book';
import { EventIngest } from './event-ingest';
import type { FloorApi } from './floor-api';
import { FloorFeed } from './floor-feed';
import { FloorService } from './floor-service';
import { HUB_DEFAULTS, type HubOptions } from './hub-options';
import { createHttpHandler } from './http-routes';
import { createHubServer } from './hub-server';
import { serveRepSocket } from './rep-channel';
import { createUpgradeHandler } from './upgrade';
import { WallFeed } from './wall-feed';

export interface Hub {
  /** http(s)://host:port — what reps and supervisor clients are given. */
  url: string;
  port: number;
  /** The read-only wall screen, token included: show it only to people who may see the floor. */
  wallUrl: string;
  floor: FloorApi;
  /** Runs the alert rules now (they also run every tick); resolves once changes are stored. */
  evaluateAlerts(): Promise<void>;
  /** Stops accepting, closes every socket, stores what was accepted, and closes the store. */
  close(): Promise<void>;
}

/** Socket keep-alive: a rep that answers no ping for this long is dropped (and reconnects). */
const PING_INTERVAL_MS = 20_000;
const CLOSE_GRACE_MS = 1_000;

/**
 * The team hub: usable in-process (the supervisor's app) or headless (electron/hub/main.ts).
 * Reps publish over /rep, supervisor clients follow /floor, wall screens open /wall?token=….
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  assertTeamToken(options.teamToken);
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLogger;
  log.redact(options.teamToken);
  const host = options.host ?? HUB_DEFAULTS.host;

  const storeOptions = { dataDir: options.dataDir, migrations: HUB_MIGRATIONS };
  const { store } =
    options.storeMode === 'inline'
      ? await openInlineStore(storeOptions)
      : await openStore(storeOptions, options.workerScript);

  try {
    const loaded = await loadFloor(store, clock.now());
    const floor = new FloorService({
      model: loaded.model,
      alerts: new AlertBook(store, loaded.openAlerts, loaded.knownAlertKeys),
      escalations: new EscalationBook(store, loaded.openEscalations),
      thresholds: withThresholds(options.thresholds),
      clock,
      log,
      pushIntervalMs: options.pushIntervalMs ?? HUB_DEFAULTS.pushIntervalMs,
      tickIntervalMs: options.tickIntervalMs ?? HUB_DEFAULTS.tickIntervalMs,
    });
    const ingest = new EventIngest(
      { store, log, now: () => clock.now(), onStored: (events) => floor.eventsStored(events) },
      loaded.streams,
    );

    const wall = new WallFeed(floor, log);
    const supervisors = new FloorFeed(floor, log);
    const repSockets = new Map<string, WebSocket>();
    const handler = createHttpHandler({
      teamToken: options.teamToken,
      floor,
      wall,
      log,
      title: options.title ?? HUB_DEFAULTS.title,
    });
    const authTimeoutMs = options.authTimeoutMs ?? HUB_DEFAULTS.authTimeoutMs;
    const server = createHubServer({ tls: options.tls, authTimeoutMs, log, handler });
    const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FLOOR_MESSAGE_BYTES });
    guardWebSocketServer(sockets, log, 'hub');
    server.on(
      'upgrade',
      createUpgradeHandler({
        sockets,
        teamToken: options.teamToken,
        log,
        onRep: (ws, repId) => {
          keepAlive(ws);
          serveRepSocket(ws, repId, {
            store,
            ingest,
            floor,
            log,
            now: () => clock.now(),
            sockets: repSockets,
            helloTimeoutMs: authTimeoutMs,
          });
        },
        onSupervisor: (ws) => {
          keepAlive(ws);
          supervisors.serve(ws);
        },
      }),
    );

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    const url = `${options.tls ? 'https' : 'http'}://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    floor.start();
    log.info('hub listening', { url, dataDir: options.dataDir, tls: Boolean(options.tls) });

    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      wallUrl: `${url}${HUB_PATHS.wall}?token=${encodeURIComponent(options.teamToken)}`,
      floor,
      evaluateAlerts: () => floor.evaluateAlerts(),
      close: () =>
        (closing ??= (async () => {
          floor.stop();
          for (const ws of repSockets.values()) ws.close(1001, 'The hub is shutting down.');
          supervisors.closeAll();
          wall.closeAll();
          // A peer that never answers the close handshake must not hold the shutdown.
          const stragglers = setTimeout(() => {
            for (const ws of sockets.clients) ws.terminate();
          }, CLOSE_GRACE_MS);
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            sockets.close();
            server.closeAllConnections();
          });
          clearTimeout(stragglers);
          await ingest.drain();
          await floor.settled();
          await store.close();
        })()),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Drops a socket whose peer vanished without closing (a laptop lid, a pulled cable). */
function keepAlive(ws: WebSocket): void {
  let alive = true;
  ws.on('pong', () => (alive = true));
  const timer = setInterval(() => {
    if (!alive) {
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, PING_INTERVAL_MS);
  timer.unref();
  ws.on('close', () => clearInterval(timer));
}
