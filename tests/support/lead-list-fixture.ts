import type { CallbackReminder } from '../../shared/domain/callback';
import type { Campaign } from '../../shared/domain/campaign';
import { CallbackReminders } from '../../electron/core/callbacks/callback-reminders';
import { CallbackService } from '../../electron/core/callbacks/callback-service';
import { CampaignService } from '../../electron/core/campaigns/campaign-service';
import { DncService } from '../../electron/core/dnc/dnc-service';
import { HeldLeads } from '../../electron/core/leads/held/held-leads';
import { createLogger } from '../../electron/core/platform/log/logger';
import { QueueCounts } from '../../electron/core/queue/summary/queue-counts';
import { queueSummary } from '../../electron/core/queue/summary/queue-summary';
import { openPortsFixture, type PortsFixture } from './store-fixture';

export interface LeadListFixture extends PortsFixture {
  dnc: DncService;
  campaignList: CampaignService;
  callbacks: CallbackService;
  reminders: CallbackReminders;
  heldLeads: HeldLeads;
  summary: () => ReturnType<typeof queueSummary>;
  /** What the services told the rest of the core. */
  told: {
    dncTotals: number[];
    campaignLists: Campaign[][];
    queueRefreshes: number;
    reminders: CallbackReminder[];
  };
  rep: { repCountry: string; repId: string; reminderMinutes: number };
}

/** The lead list's services on one inline store with the session's ports, on a manual clock. */
export async function openLeadListFixture(): Promise<LeadListFixture> {
  const ports = await openPortsFixture();
  const { store, clock, campaigns, locks } = ports;
  const rep = { repCountry: 'US', repId: 'rep-1', reminderMinutes: 5 };
  const told: LeadListFixture['told'] = {
    dncTotals: [],
    campaignLists: [],
    queueRefreshes: 0,
    reminders: [],
  };
  const counts = new QueueCounts(store);
  const refreshQueue = () => {
    counts.invalidate();
    campaigns.invalidate();
    told.queueRefreshes++;
  };
  const reminders = new CallbackReminders({
    store,
    clock,
    log: createLogger(() => undefined),
    leadMinutes: () => rep.reminderMinutes,
    onDue: (reminder) => told.reminders.push(reminder),
  });
  return {
    ...ports,
    rep,
    told,
    reminders,
    dnc: new DncService({
      store,
      clock,
      rep: () => rep,
      onChanged: (total) => told.dncTotals.push(total),
    }),
    campaignList: new CampaignService({
      store,
      clock,
      onChanged: (list) => {
        told.campaignLists.push(list);
        refreshQueue();
      },
    }),
    callbacks: new CallbackService({
      store,
      clock,
      campaigns,
      repId: () => rep.repId,
      isTaken: (leadId) => locks.isLocked(leadId),
      onChanged: () => {
        reminders.refresh();
        refreshQueue();
      },
    }),
    heldLeads: new HeldLeads({ store, campaigns, onChanged: refreshQueue }),
    summary: () =>
      queueSummary(
        { store, campaigns, counts, isTaken: (leadId) => locks.isLocked(leadId) },
        clock.now(),
      ),
    async close() {
      reminders.close();
      await ports.close();
    },
  };
}
