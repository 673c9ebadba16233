import type { Clock } from '../../../../shared/clock';
import type { LeadId } from '../../../../shared/domain/lead';
import { CallbackReminders } from '../../callbacks';
import { CallbackService } from '../../callbacks';
import { CampaignService } from '../../campaigns';
import { DncService } from '../../dnc';
import type { EventHub } from '../../platform/events/event-hub';
import { LeadEdits } from '../edit/lead-edits';
import { HeldLeads } from '../held/held-leads';
import { LeadSearch } from '../search/lead-search';
import { LeadSearchIndexer } from '../search/lead-search-indexer';
import { LeadStories } from '../story/lead-stories';
import { ImportService } from '../import/import-service';
import type { Logger } from '../../platform/log/logger';
import type { QueueCampaigns } from '../../queue/store';
import type { SettingsService } from '../../platform/settings/settings-service';
import type { Store } from '../../platform/store/store';
import type { TeamImporter } from '../../team/imports';

/** Issue 4's services on the store: imports, the DNC list, campaigns, callbacks, held leads. */
export interface LeadListServices {
  imports: ImportService;
  dnc: DncService;
  campaignList: CampaignService;
  callbacks: CallbackService;
  reminders: CallbackReminders;
  heldLeads: HeldLeads;
  search: LeadSearch;
  searchIndex: LeadSearchIndexer;
  stories: LeadStories;
  edits: LeadEdits;
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
  /** A supervisor's hub (hosted or followed) takes imports into team campaigns; null otherwise. */
  teamImporter?: () => TeamImporter | null;
}

export function createLeadListServices(deps: LeadListDeps): LeadListServices {
  const { store, clock, log, events, settings, campaigns } = deps;
  const rep = () => settings.get();
  const queueChanged = () => {
    campaigns.invalidate();
    deps.refreshQueue();
  };
  const searchIndex = new LeadSearchIndexer(store, (leads) =>
    events.emit('leads.indexed', { leads }),
  );
  const catchUpIndex = () => {
    searchIndex.catchUp().catch((error: unknown) => {
      log.error('the search index could not take in new leads', { error: String(error) });
    });
  };
  const reminders = new CallbackReminders({
    store,
    clock,
    log,
    leadMinutes: () => rep().callbackReminderMinutes,
    onDue: (reminder) => events.emit('callbacks.due', reminder),
  });
  const dnc = new DncService({
    store,
    clock,
    rep,
    onChanged: (total) => {
      events.emit('dnc.changed', { total });
      deps.refreshQueue();
    },
  });
  const services: LeadListServices = {
    imports: new ImportService({
      store,
      clock,
      dataDir: deps.dataDir,
      settings: rep,
      onProgress: (progress) => events.emit('imports.progress', progress),
      onCommitted: () => {
        queueChanged();
        catchUpIndex();
      },
      ...(deps.teamImporter ? { teamImporter: deps.teamImporter } : {}),
    }),
    dnc,
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
    search: new LeadSearch(store),
    searchIndex,
    stories: new LeadStories({
      store,
      clock,
      campaigns,
      isTaken: deps.isTaken,
      repTimeZone: () => rep().repTimeZone,
    }),
    edits: new LeadEdits({
      store,
      clock,
      campaigns,
      dnc,
      rep,
      isTaken: deps.isTaken,
      onChanged: () => {
        queueChanged();
        reminders.refresh();
      },
    }),
    async start() {
      await services.imports.start();
      reminders.refresh();
      catchUpIndex();
    },
    async close() {
      reminders.close();
      await searchIndex.stop();
      await services.imports.close();
    },
  };
  return services;
}
