import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { RepEscalation } from '../../../../shared/floor/escalation';
import type { FloorLinkState, FloorLinkStatus } from '../../../../shared/ipc/domains/floor';
import { HubConnection, type HubChannel, type HubConnectionStatus } from '../outbox/hub-connection';
import { type Outbox } from '../outbox/outbox';
import type { Logger } from '../../platform/log/logger';
import { OFF_STATUS, type LinkRunner, type RunnerEvents } from './link-runner';
import type { RepPlan } from './link-plan';
import { trustedCa } from './tls-files';

export interface RepRunnerDeps {
  outbox: Outbox;
  clock: Clock;
  log: Logger;
  events: RunnerEvents;
  /** The hub sent the rep's escalations and their answers. */
  escalations: (escalations: RepEscalation[]) => void;
  /** What else rides on the connection (the team pool, the team's DNC list). */
  channels: readonly HubChannel[];
}

/** While entries wait, the count on screen is refreshed this often (acks are not announced). */
const WAITING_REFRESH_MS = 1_000;

const STATES: Record<HubConnectionStatus['state'], FloorLinkState> = {
  stopped: 'off',
  connecting: 'connecting',
  connected: 'connected',
  waiting: 'offline',
};

/** A rep delivering the outbox to the hub; the outbox fills whether or not the hub is reachable. */
export function startRepRunner(plan: RepPlan, deps: RepRunnerDeps): LinkRunner {
  let connectionStatus: HubConnectionStatus | null = null;
  let waiting = 0;
  let refresh: TimerHandle | null = null;
  let stopped = false;
  let problem: string | null = null;
  let connection: HubConnection | null = null;

  const refreshWaiting = () => {
    if (refresh || stopped) return;
    refresh = deps.clock.setTimer(() => {
      void deps.outbox.backlog().then(
        (count) => {
          refresh = null;
          if (stopped) return;
          if (count !== waiting) {
            waiting = count;
            deps.events.statusChanged();
          }
          if (count > 0) refreshWaiting();
        },
        () => (refresh = null),
      );
    }, WAITING_REFRESH_MS);
  };

  try {
    const ca = trustedCa(plan.caFile);
    connection = new HubConnection({
      hubUrl: plan.hubUrl,
      repId: plan.repId,
      repName: plan.repName,
      timeZone: plan.timeZone,
      credential: plan.credential,
      outbox: deps.outbox,
      channels: deps.channels,
      clock: deps.clock,
      log: deps.log,
      ...(ca ? { tls: ca } : {}),
      onEscalations: deps.escalations,
      onStatus: (status) => {
        connectionStatus = status;
        deps.events.statusChanged();
        refreshWaiting();
      },
    });
    connection.start();
  } catch (error) {
    // A bad address or an unreadable certificate: events still wait in the outbox.
    problem = (error as Error).message;
  }
  refreshWaiting();

  return {
    status(): FloorLinkStatus {
      return {
        ...OFF_STATUS,
        mode: 'rep',
        state: problem ? 'offline' : STATES[connectionStatus?.state ?? 'connecting'],
        hubUrl: plan.hubUrl,
        lastError: problem ?? connectionStatus?.lastError ?? null,
        retryAt: connectionStatus?.retryAt ?? null,
        waiting,
      };
    },
    floor: () => null,
    notify() {
      connection?.notify();
      refreshWaiting();
    },
    async stop() {
      stopped = true;
      refresh?.cancel();
      await connection?.stop();
    },
  };
}
