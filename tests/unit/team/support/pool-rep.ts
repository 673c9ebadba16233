import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { PoolLeadPayload, PoolOfferMessage } from '../../../../shared/floor/protocol';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import type { CoreDriver } from '../../app/core-driver';
import { startScriptedCore } from '../../app/scripted-core';
import { START, REP_ZONE, statusReached } from '../../floor/link/support/rep-core';
import { TEAM_TOKEN } from '../../hub/support/test-hub';
import { ScriptedHub } from './scripted-hub';

export const ANN = '6f1c2d3e-0000-4000-8000-000000000001';

/** A rep's real core with no demo leads, dialing in power mode on a line that answers. */
export function startPoolRep(
  dataDir: string,
  clock: ManualClock,
  repId: string,
  hubUrl: string | null,
): Promise<CoreDriver> {
  return startScriptedCore(
    dataDir,
    clock,
    { seed: 5, outcomes: ['answer', 'answer', 'answer'], attemptPrefix: `${repId}-attempt-` },
    {
      seedDemo: false,
      settingsOverrides: {
        repId,
        repName: repId.toUpperCase(),
        repTimeZone: REP_ZONE,
        dialMode: 'power',
        hubUrl,
      },
      secretOverrides: { hubToken: TEAM_TOKEN },
    },
  );
}

export interface RepOnScriptedHub {
  clock: ManualClock;
  hub: ScriptedHub;
  drive: CoreDriver;
}

/**
 * Each test of the file: rep "ana" in team mode, its own data folder and clock, connected to a
 * scripted hub the test speaks for. The fields are set before each test.
 */
export function useRepOnScriptedHub(tempPrefix: string): RepOnScriptedHub {
  const team = {} as RepOnScriptedHub;
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(async () => {
    temp = makeTempDir(tempPrefix);
    team.clock = new ManualClock(START);
    team.hub = await ScriptedHub.start();
    team.drive = await startPoolRep(path.join(temp.dir, 'ana'), team.clock, 'ana', team.hub.url);
    await statusReached(team.drive, (status) => status.state === 'connected');
  });
  afterEach(async () => {
    await team.drive.core.close();
    await team.hub.close();
    temp.remove();
  });
  return team;
}

export function poolLead(over: Partial<PoolLeadPayload> = {}): PoolLeadPayload {
  return {
    id: ANN,
    campaignId: 'web-leads',
    phoneE164: '+13125550101',
    firstName: 'Ann',
    lastName: 'Lee',
    email: 'ann@example.com',
    company: '',
    source: 'website',
    createdAt: START - 60_000,
    timeZone: 'America/Chicago',
    country: 'US',
    region: 'IL',
    postalCode: null,
    notes: null,
    custom: { plan: 'solar' },
    attemptCount: 0,
    firstAttemptAt: null,
    callbackAt: null,
    ...over,
  };
}

/** The pool's offer of Ann under its `assignment`th assignment, claimed for 3 min from START. */
export function offerOfAnn(
  assignment: number,
  over: Partial<PoolOfferMessage> = {},
): PoolOfferMessage {
  return {
    type: 'pool-offer',
    offerId: `${ANN}:${assignment}`,
    lead: poolLead(),
    claimUntil: START + 180_000,
    hubNow: START,
    ...over,
  };
}
