import type { Clock } from '../../../../shared/clock';
import type { FloorLinkStatus } from '../../../../shared/ipc/domains/floor';
import type { Logger } from '../../platform/log/logger';
import { followHub, type FollowedHub } from './followed-hub';
import type { FollowPlan } from './link-plan';
import { OFF_STATUS, type LinkRunner, type RunnerEvents } from './link-runner';

/** A supervisor's app following a hub that runs elsewhere; the client reconnects by itself. */
export function startFollowRunner(
  plan: FollowPlan,
  deps: { clock: Clock; log: Logger; events: RunnerEvents },
): LinkRunner {
  let connected = false;
  let lastError: string | null = null;
  let hub: FollowedHub | null = null;
  let offView: (() => void) | null = null;
  try {
    hub = followHub(plan, deps, (isConnected, error) => {
      connected = isConnected;
      lastError = isConnected ? null : (error ?? 'The hub closed the connection.');
      deps.events.statusChanged();
    });
    offView = hub.subscribe((view) => deps.events.view(view));
  } catch (error) {
    lastError = (error as Error).message;
  }

  return {
    status(): FloorLinkStatus {
      return {
        ...OFF_STATUS,
        mode: 'follow',
        state: connected ? 'connected' : lastError ? 'offline' : 'connecting',
        hubUrl: plan.hubUrl,
        lastError,
      };
    },
    floor: () => hub,
    notify: () => undefined,
    async stop() {
      offView?.();
      await hub?.close();
    },
  };
}
