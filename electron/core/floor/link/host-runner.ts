import type { TimerHandle } from '../../../../shared/clock';
import type { FloorLinkStatus } from '../../../../shared/ipc/domains/floor';
import { Backoff } from '../outbox/backoff';
import { hostHub, type HostDeps, type HostedHub } from './hosted-hub';
import type { HostPlan } from './link-plan';
import { OFF_STATUS, type LinkRunner, type RunnerEvents } from './link-runner';

/** A port taken by another program is rarely freed within seconds. */
const RETRY = { initialMs: 2_000, maxMs: 60_000 };

/** The supervisor's app running the team hub; a hub that cannot start is retried. */
export function startHostRunner(
  plan: HostPlan & { teamToken: string },
  deps: HostDeps & { events: RunnerEvents },
): LinkRunner {
  const backoff = new Backoff(RETRY);
  let hub: HostedHub | null = null;
  let offView: (() => void) | null = null;
  let lastError: string | null = null;
  let retryAt: number | null = null;
  let retry: TimerHandle | null = null;
  let starting: Promise<void> = Promise.resolve();
  let stopped = false;

  const start = () => {
    retryAt = null;
    starting = hostHub(plan, deps).then(
      async (started) => {
        if (stopped) {
          await started.close();
          return;
        }
        hub = started;
        lastError = null;
        backoff.reset();
        offView = started.subscribe((view) => deps.events.view(view));
        deps.log.info('team hub running in this app', { url: started.url });
        deps.events.statusChanged();
      },
      (error: unknown) => {
        if (stopped) return;
        lastError = describeStartError(error, plan.port);
        deps.log.warn('the team hub did not start', { error: lastError });
        const delay = backoff.next();
        retryAt = deps.clock.now() + delay;
        retry = deps.clock.setTimer(start, delay);
        deps.events.statusChanged();
      },
    );
  };
  start();

  return {
    status(): FloorLinkStatus {
      return {
        ...OFF_STATUS,
        mode: 'host',
        state: hub ? 'connected' : lastError ? 'offline' : 'connecting',
        hubUrl: hub?.url ?? null,
        lanUrls: hub?.lanUrls ?? [],
        wallUrl: hub?.wallUrl ?? null,
        lastError,
        retryAt,
      };
    },
    floor: () => hub,
    notify: () => undefined,
    async stop() {
      stopped = true;
      retry?.cancel();
      await starting;
      offView?.();
      await hub?.close();
      hub = null;
    },
  };
}

function describeStartError(error: unknown, port: number): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EADDRINUSE') {
    return `The team hub cannot use port ${port}: another program has it. Choose another port in settings.`;
  }
  if (code === 'EACCES') {
    return `The team hub may not use port ${port} on this machine: choose one above 1024.`;
  }
  return `The team hub did not start: ${message}`;
}
