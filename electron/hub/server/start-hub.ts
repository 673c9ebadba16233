import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { withThresholds } from '../../../shared/floor/alert-thresholds';
import { MAX_FLOOR_MESSAGE_BYTES } from '../../../shared/floor/protocol';
import { CoalescedRun } from '../../core/platform/concurrency/coalesced-run';
import { silentLogger } from '../../core/platform/log/logger';
import { guardWebSocketServer } from '../../core/platform/net/http-guards';
import { systemClock } from '../../core/platform/system-clock';
import { assertTeamToken } from '../auth/team-token-file';
import { HUB_SCHEMA, migrate, openHubDatabase, type HubDatabase } from '../db';
import { importLegacyHubStore, type LegacyImport } from '../legacy/import-legacy';
import { HUB_CHANNEL, HubStore, type HubSignal } from '../store/hub-store';
import { loadFloor } from '../store/load-floor';
import { AlertBook } from './alert-book';
import { EscalationBook } from './escalation-book';
import { EventIngest } from './event-ingest';
import type { FloorApi } from './floor-api';
import { FloorFeed } from './floor-feed';
import { FloorService } from './floor-service';
import { FloorTail } from './floor-tail';
import { TeamCampaignBook } from '../pool/campaigns/team-campaign-book';
import { TeamCampaignPush } from '../pool/campaigns/team-campaign-push';
import { CAMPAIGNS_SIGNAL } from '../pool/campaigns/team-campaign-sql';
import { HubNode } from './hub-node';
import { HUB_DEFAULTS, type HubOptions } from './hub-options';
import { createHttpHandler } from './http-routes';
import { createIntakeRoutes } from '../pool/intake/intake-routes';
import { POOL_SIGNAL } from '../pool/intake/store-pool-lead';
import { CLAIMS_SIGNAL } from '../pool/claims/claim-store';
import { DNC_SIGNAL } from '../pool/dnc/team-dnc-store';
import { PoolService } from '../pool/pool-service';
import { createHubServer } from './hub-server';
import { serveRepSocket } from './rep-channel';
import { RepEscalationFeed } from './rep-escalation-feed';
import { createUpgradeHandler } from './upgrade';
import { WallAccess } from './wall-access';
import { WallFeed } from './wall-feed';
import { ReportService } from '../reports/report-service';
import { createReportRoute } from '../reports/report-route';
import { machineTimeZone } from '../reports/team-time-zone';

export interface Hub {
  /** http(s)://host:port — what reps and supervisor clients are given. */
  url: string;
  port: number;
  /** The read-only wall screen, its wall token included: show it only to people who may see the floor. */
  readonly wallUrl: string;
  /** Wall screen tokens: made, listed and revoked by supervisors. */
  walls: WallAccess;
  /** The team campaigns every rep follows: listed, made and edited by supervisors. */
  campaigns: Pick<TeamCampaignBook, 'list' | 'create' | 'update'>;
  floor: FloorApi;
  /** The team's KPI reports, in the team's time zone (also served at /api/reports/kpis). */
  reports: Pick<ReportService, 'timeZone' | 'kpis'>;
  /** Where the hub keeps its data: the embedded folder, or host:port/database. */
  database: { kind: HubDatabase['kind']; location: string };
  /** What was carried over from a sql.js hub store on this start, if there was one. */
  imported: LegacyImport | null;
  /** Runs the alert rules now (they also run every tick); resolves once changes are stored. */
  evaluateAlerts(): Promise<void>;
  /** Beats and catches up with the other nodes now (also done every 2 s). */
  beat(): Promise<void>;
  /** The team pool: routes now, waits for what it is doing, takes a number off the team's calls. */
  pool: Pick<PoolService, 'wake' | 'settled' | 'addDnc'>;
  /** Stops accepting, closes every socket, stores what was accepted, and closes the store. */
  close(): Promise<void>;
}

const SIGNALS: ReadonlySet<string> = new Set(['presence', 'alerts', 'escalations']);

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

  const db = await openHubDatabase(
    options.database ?? { kind: 'embedded', dataDir: options.dataDir },
  );
  try {
    await migrate(db, HUB_SCHEMA);
    const imported = await importLegacyHubStore(options.dataDir, db, log);
    const store = new HubStore(db, options.nodeId ?? crypto.randomUUID());
    await store.registerNode(clock.now());
    const loaded = await loadFloor(store, clock.now());
    const alerts = new AlertBook(store);
    await alerts.reload(clock.now());
    const repEscalations = new RepEscalationFeed(store, log, () => clock.now());
    const escalations = new EscalationBook(store, (repIds) => repEscalations.refresh(repIds));
    await escalations.reload();
    const floor = new FloorService({
      model: loaded.model,
      store,
      alerts,
      escalations,
      thresholds: withThresholds(options.thresholds),
      clock,
      log,
      pushIntervalMs: options.pushIntervalMs ?? HUB_DEFAULTS.pushIntervalMs,
      tickIntervalMs: options.tickIntervalMs ?? HUB_DEFAULTS.tickIntervalMs,
    });
    const tail = new FloorTail(
      store,
      loaded.lastEventId,
      async (events) => {
        await floor.applyStored(events);
        pool.eventsStored(events.map((stored) => stored.event));
      },
      log,
    );
    const ingest = new EventIngest({
      store,
      log,
      now: () => clock.now(),
      onStored: () => tail.request(),
    });
    let baseUrl = '';
    const walls = new WallAccess(store, options.teamToken, () => baseUrl);
    await walls.reload();
    const wallReload = new CoalescedRun(
      () => walls.reload(),
      (error) => log.warn('hub could not follow a change', { error: error.message }),
    );
    const campaigns = new TeamCampaignBook(db, () => clock.now());
    await campaigns.reload();
    const campaignReload = new CoalescedRun(
      () => campaigns.reload(),
      (error) => log.warn('hub could not reload the team campaigns', { error: error.message }),
    );
    const pool = new PoolService({
      db,
      clock,
      log,
      reps: () => loaded.model.rows(clock.now()),
      campaigns: () => campaigns.list(),
      policy: options.claimPolicy,
      tickMs: options.poolTickMs ?? HUB_DEFAULTS.poolTickMs,
      onSummary: (summary) => floor.poolChanged(summary),
    });
    const unlisten = await db.listen(HUB_CHANNEL, (payload) => {
      if (payload === POOL_SIGNAL) void pool.leadArrived();
      else if (payload === CLAIMS_SIGNAL) void pool.signalled('claims');
      else if (payload === DNC_SIGNAL) void pool.signalled('dnc');
      else if (payload === 'events') void tail.request();
      else if (payload === CAMPAIGNS_SIGNAL) void campaignReload.request();
      else if (payload === 'walls') void wallReload.request();
      else if (SIGNALS.has(payload)) {
        const reread = floor.signalled(payload as Exclude<HubSignal, 'events' | 'walls'>);
        // A rep came or went on some node: the pool routes on the floor's fresh presence.
        if (payload === 'presence') void reread.then(() => pool.wake());
      }
    });
    const node = new HubNode({ store, floor, tail, clock, log });

    const wall = new WallFeed(floor, log);
    const supervisors = new FloorFeed(floor, log, walls, () => clock.now(), campaigns, pool);
    const repSockets = new Map<string, WebSocket>();
    const campaignPush = new TeamCampaignPush(campaigns);
    const reports = new ReportService({
      db,
      timeZone: options.timeZone ?? machineTimeZone(),
      now: () => clock.now(),
    });
    const reportRoute = createReportRoute({ reports, teamToken: options.teamToken, log });
    const intakeRoutes = createIntakeRoutes({
      db,
      teamToken: options.teamToken,
      log,
      now: () => clock.now(),
      rate: options.intakeRate,
    });
    const handler = createHttpHandler({
      walls,
      database: db,
      floor,
      wall,
      log,
      title: options.title ?? HUB_DEFAULTS.title,
      reports,
      now: () => clock.now(),
      api: (request, response, url) =>
        reportRoute(request, response, url) || intakeRoutes(request, response, url),
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
            escalations: repEscalations,
            log,
            now: () => clock.now(),
            sockets: repSockets,
            helloTimeoutMs: authTimeoutMs,
            teamCampaigns: campaignPush,
            pool,
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
    baseUrl = url;
    await walls.ensureOne(clock.now());
    floor.start();
    node.start();
    pool.start();
    log.info('hub listening', {
      url,
      dataDir: options.dataDir,
      database: db.location,
      tls: Boolean(options.tls),
    });

    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      get wallUrl() {
        return walls.primaryUrl();
      },
      walls,
      campaigns,
      floor,
      reports,
      database: { kind: db.kind, location: db.location },
      imported,
      evaluateAlerts: () => floor.evaluateAlerts(),
      beat: () => node.beatNow(),
      pool,
      close: () =>
        (closing ??= (async () => {
          floor.stop();
          pool.stop();
          await node.stop();
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
          await tail.settled();
          await pool.settled();
          await unlisten().catch(() => undefined);
          await store
            .leave()
            .catch((error: unknown) =>
              log.warn('hub could not sign off its node', { error: (error as Error).message }),
            );
          await db.close();
        })()),
    };
  } catch (error) {
    await db.close();
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
