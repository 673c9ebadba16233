import type { Clock } from '../../../../shared/clock';
import type { LeadId } from '../../../../shared/domain/lead';
import { CallbackReminders } from '../../callbacks';
import { CallbackService } from '../../callbacks';
import { CampaignService } from '../../campaigns';
import { DncService } from '../../dnc';
import type { EventHub } from '../../platform/events/event-hub';
import { HeldLeads } from '../held/held-leads';
import { ImportService } from '../import/import-service';
import type { Logger } from '../../platform/log/logger';
import type { QueueCampaigns } from '../../queue/store';
import type { SettingsService } from '../../platform/settings/settings-service';
import type { Store } from '../../platform/store/store';

/** Issue 4's services on the store: imports, the DNC list, campaigns, callbacks, held leads. */
export interface LeadListServices {
  imports: ImportService;
  dnc: DncService;
  campaignList: CampaignService;
  callbacks: CallbackService;
  reminders: CallbackReminders;
  heldLeads: HeldLeads;
  /** Clears what a stopped import left behind and arms the callback reminders. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface LeadListDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  events: EventHub;
  settings: SettingsService;
  campaigns: QueueCampaigns;
  dataDir: string;
  /** The session holds the lead (on screen, being called). */
  isTaken: (leadId: LeadId) => boolean;
  /** Sends a fresh queue summary once the session is quiet. */
  refreshQueue: () => void;
}

export function createLeadListServices(deps: LeadListDeps): LeadListServices {
  const { store, clock, log, events, settings, campaigns } = deps;
  const rep = () => settings.get();
  const queueChanged = () => {
    campaigns.invalidate();
    deps.refreshQueue();
  };
  const reminders = new CallbackReminders({
    store,
    clock,
    log,
    leadMinutes: () => rep().callbackReminderMinutes,
    onDue: (reminder) => events.emit('callbacks.due', reminder),
  });
  const services: LeadListServices = {
    imports: new ImportService({
      store,
      clock,
      dataDir: deps.dataDir,
      settings: rep,
      onProgress: (progress) => events.emit('imports.progress', progress),
      onCommitted: queueChanged,
    }),
    dnc: new DncService({
      store,
      clock,
      rep,
      onChanged: (total) => {
        events.emit('dnc.changed', { total });
        deps.refreshQueue();
      },
    }),
    campaignList: new CampaignService({
      store,
      clock,
      onChanged: (list) => {
        events.emit('campaigns.changed', list);
        queueChanged();
      },
    }),
    callbacks: new CallbackService({
      store,
      clock,
      campaigns,
      repId: () => rep().repId,
      isTaken: deps.isTaken,
      onChanged: () => {
        reminders.refresh();
        deps.refreshQueue();
      },
    }),
    reminders,
    heldLeads: new HeldLeads({ store, campaigns, onChanged: queueChanged }),
    async start() {
      await services.imports.start();
      reminders.refresh();
    },
    async close() {
      reminders.close();
      await services.imports.close();
    },
  };
  return services;
}
