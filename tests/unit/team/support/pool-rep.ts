import type { PoolLeadPayload, PoolOfferMessage } from '../../../../shared/floor/protocol';
import type { ManualClock } from '../../../support/manual-clock';
import type { CoreDriver } from '../../app/core-driver';
import { startScriptedCore } from '../../app/scripted-core';
import { START, REP_ZONE } from '../../floor/link/support/rep-core';
import { TEAM_TOKEN } from '../../hub/support/test-hub';

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
