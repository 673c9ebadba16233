import net from 'node:net';
import type { FloorLinkStatus } from '../../../../../shared/ipc/domains/floor';
import type { SettingsPatch } from '../../../../../shared/domain/settings';
import type { SimulatedOutcome } from '../../../../../electron/core/telephony/simulated/simulation-settings';
import type { ManualClock } from '../../../../support/manual-clock';
import type { CoreDriver } from '../../../app/core-driver';
import { startScriptedCore } from '../../../app/scripted-core';
import { TEAM_TOKEN } from '../../../hub/support/test-hub';
import { ioTurn } from './io-turn';

/** Tuesday 10 March 2026, 17:00 UTC: 12:00 in Chicago, inside every demo lead's calling window. */
export const START = Date.UTC(2026, 2, 10, 17, 0, 0);
export const REP_ZONE = 'America/Chicago';

/** A port nobody listens on right now (the hub of a test starts there later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RepCoreOptions {
  repId: string;
  hubUrl: string | null;
  outcomes?: SimulatedOutcome[];
  settings?: SettingsPatch;
  secrets?: { hubToken?: string; hubRepKey?: string };
}

/** A rep's real core (worker store, demo leads) on the test's clock and a scripted line. */
export function startRepCore(
  dataDir: string,
  clock: ManualClock,
  options: RepCoreOptions,
): Promise<CoreDriver> {
  const line = {
    seed: 5,
    outcomes: options.outcomes ?? [],
    attemptPrefix: `${options.repId}-attempt-`,
  };
  return startScriptedCore(dataDir, clock, line, {
    settingsOverrides: {
      repId: options.repId,
      repName: options.repId.toUpperCase(),
      repTimeZone: REP_ZONE,
      dialMode: 'power',
      hubUrl: options.hubUrl,
      ...options.settings,
    },
    secretOverrides: options.secrets ?? { hubToken: TEAM_TOKEN },
  });
}

/**
 * Moves the manual clock in small steps, letting I/O run between them, until `done` holds.
 * Retries and keep-alives of the hub link are timers on that clock.
 */
export async function advanceUntil(
  clock: ManualClock,
  done: () => boolean,
  what: string,
  stepMs = 250,
  maxSteps = 4_000,
): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    for (let turn = 0; turn < 5; turn++) {
      if (done()) return;
      await ioTurn();
    }
    clock.advance(stepMs);
  }
  throw new Error(`Never happened: ${what}`);
}

export function linkStatus(drive: CoreDriver): FloorLinkStatus {
  return drive.core.floorLink.status();
}

/** Resolves with the link's status once it satisfies `done` (now or on a later change). */
export function statusReached(
  drive: CoreDriver,
  done: (status: FloorLinkStatus) => boolean,
): Promise<FloorLinkStatus> {
  const now = linkStatus(drive);
  if (done(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const off = drive.core.events.subscribe((event, payload) => {
      if (event !== 'floor.statusChanged' || !done(payload as FloorLinkStatus)) return;
      off();
      resolve(payload as FloorLinkStatus);
    });
  });
}
