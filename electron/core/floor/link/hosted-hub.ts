import path from 'node:path';
import type { Clock } from '../../../../shared/clock';
import { ok } from '../../../../shared/result';
import { startHub, type Hub } from '../../../hub/server/start-hub';
import type { Logger } from '../../platform/log/logger';
import { postTeamImport } from '../../team/imports';
import type { FloorSource } from './floor-source';
import { lanAddresses, withHost } from './lan-addresses';
import type { HostPlan } from './link-plan';
import { readPemFile } from './tls-files';

export interface HostedHub extends FloorSource {
  url: string;
  wallUrl: string;
  /** Exposed on the LAN: the hub's address on each of this machine's networks. */
  lanUrls: string[];
  close(): Promise<void>;
}

export interface HostDeps {
  /** The supervisor's data folder; the hub keeps its own database in `hub/pg` inside it. */
  dataDir: string;
  clock: Clock;
  log: Logger;
}

/** The team hub inside the supervisor's app, on the app's clock. */
export async function hostHub(
  plan: HostPlan & { teamToken: string },
  deps: HostDeps,
): Promise<HostedHub> {
  const tls = plan.tls && {
    cert: readPemFile(plan.tls.certFile, 'hub certificate file'),
    key: readPemFile(plan.tls.keyFile, 'hub key file'),
  };
  const hub: Hub = await startHub({
    dataDir: path.join(deps.dataDir, 'hub'),
    teamToken: plan.teamToken,
    ...(plan.databaseUrl !== null
      ? { database: { kind: 'server' as const, url: plan.databaseUrl } }
      : {}),
    port: plan.port,
    host: plan.host,
    clock: deps.clock,
    log: deps.log,
    timeZone: plan.timeZone,
    ...(tls ? { tls } : {}),
  });
  const lanUrls = plan.host === '0.0.0.0' ? lanAddresses().map((ip) => withHost(hub.url, ip)) : [];
  return {
    url: hub.url,
    get wallUrl() {
      return hub.wallUrl;
    },
    lanUrls,
    view: () => hub.floor.view(),
    subscribe: (listener) => hub.floor.subscribe(listener),
    acknowledgeAlert: async (alertId, by) => {
      const result = await hub.floor.acknowledgeAlert(alertId, by);
      return result.ok ? ok(null) : result;
    },
    answerEscalation: async (escalationId, answer, by) => {
      const result = await hub.floor.answerEscalation(escalationId, answer, by);
      return result.ok ? ok(null) : result;
    },
    alertHistory: async (limit) => ok(await hub.floor.alertHistory(limit)),
    snoozeRep: async (repId, minutes, by) => {
      await hub.floor.snoozeRep(repId, minutes, by);
      return ok(null);
    },
    wallTokens: () => Promise.resolve(ok(hub.walls.list())),
    createWallToken: async (label, by) => ok(await hub.walls.create(label, by, deps.clock.now())),
    revokeWallToken: (tokenId, by) => hub.walls.revoke(tokenId, by, deps.clock.now()),
    teamCampaigns: () => Promise.resolve(ok(hub.campaigns.list())),
    createTeamCampaign: (name, by) => hub.campaigns.create(name, by),
    updateTeamCampaign: (id, version, patch, by) => hub.campaigns.update(id, version, patch, by),
    kpiReport: (query) => hub.reports.kpis(query),
    importIntoTeamCampaign: (file) =>
      postTeamImport({
        ...file,
        hubUrl: hub.url,
        teamToken: plan.teamToken,
        ...(tls ? { ca: tls.cert } : {}),
      }),
    close: () => hub.close(),
  };
}
