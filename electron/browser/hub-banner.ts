import type { Core } from '../core/app/create-core';
import type { FloorLinkStatus } from '../../shared/ipc/domains/floor';

/**
 * What browser mode prints about the team hub once it knows: a supervisor's hub has started (or
 * failed to), a rep publishes or a supervisor follows. No "ready:" in it: scripts wait for the
 * app's own ready line.
 */
export async function hubBanner(core: Core): Promise<string[]> {
  const status = await settledStatus(core);
  switch (status.mode) {
    case 'off':
      return status.lastError ? [`Team hub: not connected. ${status.lastError}`] : [];
    case 'rep':
      return [`Team hub: publishing to ${status.hubUrl}`];
    case 'follow':
      return [`Team hub: following ${status.hubUrl}`];
    case 'host':
      if (status.state !== 'connected') return [`Team hub: did not start. ${status.lastError}`];
      return [
        `Team hub listening at ${status.hubUrl}`,
        ...status.lanUrls.map((url) => `Team hub on the LAN: ${url}`),
        `Wall screen: ${status.wallUrl}`,
      ];
  }
}

/** A hosted hub is starting in the background; wait for it to run or to fail. */
function settledStatus(core: Core): Promise<FloorLinkStatus> {
  const now = core.floorLink.status();
  if (now.mode !== 'host' || now.state !== 'connecting') return Promise.resolve(now);
  return new Promise((resolve) => {
    const off = core.events.subscribe((event, payload) => {
      if (event !== 'floor.statusChanged') return;
      const status = payload as FloorLinkStatus;
      if (status.state === 'connecting') return;
      off();
      resolve(status);
    });
  });
}
