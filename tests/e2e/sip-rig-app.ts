import type { SipRig } from '../../scripts/sip-rig/start-rig';
import type { LeadRow } from '../support/import-leads';
import { DEMO_WORKDAY, startBrowserMode, type BrowserModeApp } from './browser-mode';

/** A lead in Denver whose number reaches one of the rig's far ends. */
export function rigLead(lead: { firstName: string; phone: string; created: string }): LeadRow {
  return {
    firstName: lead.firstName,
    lastName: 'Prospect',
    phone: lead.phone,
    company: `${lead.firstName} Co`,
    state: 'CO',
    postalCode: '80202',
    country: 'US',
    created: lead.created,
  };
}

/** Browser mode on the demo workday, its SIP phone set to the rig's Kamailio and user. */
export function startBrowserOnRig(
  rig: SipRig,
  dataDir: string,
  extraArgs: readonly string[],
): Promise<BrowserModeApp> {
  return startBrowserMode({
    dataDir,
    args: [
      '--no-demo',
      '--sim-clock-start',
      DEMO_WORKDAY,
      '--sip-ws-url',
      rig.wsUrl,
      '--sip-uri',
      `sip:${rig.user}@${rig.domain}`,
      ...extraArgs,
    ],
  });
}
