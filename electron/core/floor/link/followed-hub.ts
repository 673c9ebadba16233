import type { Clock } from '../../../../shared/clock';
import { fail, ok } from '../../../../shared/result';
import { fetchKpiReport } from '../client/fetch-kpi-report';
import { SupervisorClient } from '../client/supervisor-client';
import type { Logger } from '../../platform/log/logger';
import { postTeamImport } from '../../team/imports';
import type { FloorSource } from './floor-source';
import type { FollowPlan } from './link-plan';
import { trustedCa } from './tls-files';

export interface FollowedHub extends FloorSource {
  close(): Promise<void>;
}

/** A hub that runs elsewhere (a server, another supervisor's app), followed over its /floor socket. */
export function followHub(
  plan: FollowPlan,
  deps: { clock: Clock; log: Logger },
  onConnection: (connected: boolean, error: string | null) => void,
): FollowedHub {
  const ca = trustedCa(plan.caFile);
  const client = new SupervisorClient({
    hubUrl: plan.hubUrl,
    teamToken: plan.teamToken,
    clock: deps.clock,
    log: deps.log,
    onConnection,
    ...(ca ? { tls: ca } : {}),
  });
  client.start();
  return {
    view: () => client.latest(),
    subscribe: (listener) => client.onView(listener),
    acknowledgeAlert: async (alertId, by) => {
      const result = await client.acknowledgeAlert(alertId, by);
      return result.ok ? ok(null) : result;
    },
    answerEscalation: async (escalationId, answer, by) => {
      const result = await client.answerEscalation(escalationId, answer, by);
      return result.ok ? ok(null) : result;
    },
    alertHistory: () =>
      Promise.resolve(
        fail(
          'unavailable',
          'The alert history is kept by the hub you follow: open it on the machine that runs the hub.',
        ),
      ),
    snoozeRep: async (repId, minutes, by) => {
      const result = await client.snoozeRep(repId, minutes, by);
      return result.ok ? ok(null) : result;
    },
    wallTokens: () => client.wallTokens(),
    createWallToken: (label, by) => client.createWallToken(label, by),
    revokeWallToken: (tokenId, by) => client.revokeWallToken(tokenId, by),
    teamCampaigns: () => client.teamCampaigns(),
    createTeamCampaign: (name, by) => client.createTeamCampaign(name, by),
    updateTeamCampaign: (id, version, patch, by) =>
      client.updateTeamCampaign(id, version, patch, by),
    kpiReport: (query) =>
      fetchKpiReport({
        hubUrl: plan.hubUrl,
        teamToken: plan.teamToken,
        query,
        ...(ca ? { ca: ca.ca } : {}),
      }),
    importIntoTeamCampaign: (file) =>
      postTeamImport({
        ...file,
        hubUrl: plan.hubUrl,
        teamToken: plan.teamToken,
        ...(ca ? { ca: ca.ca } : {}),
      }),
    close: () => client.stop(),
  };
}
