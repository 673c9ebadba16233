import type { Clock } from '../../../shared/clock';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { SecretName } from '../../../shared/domain/settings';
import { workShiftOf } from '../../../shared/kpi';
import { seedDemoData } from '../demo';
import { EventHub } from '../platform/events/event-hub';
import { FloorLink } from '../floor';
import { combineHandlers, createDispatcher } from '../platform/ipc/dispatcher';
import type { Logger } from '../platform/log/logger';
import { systemClock } from '../platform/system-clock';
import { QueueCounts } from '../queue/summary';
import { queueSummary } from '../queue/summary';
import { WindowWake } from '../queue/summary';
import { SessionService } from '../dialing';
import { CallScripts } from '../scripts';
import { DispositionBook } from '../dispositions';
import { LoopEvents } from './loop-events';
import { QueueCampaigns, type PortChange } from '../queue/store';
import { TodayKpi } from '../kpi';
import { SettingsService } from '../platform/settings/settings-service';
import { defaultSettings } from '../platform/settings/default-settings';
import { openStore } from '../platform/store/open-store';
import type { Store } from '../platform/store/store';
import { createTelephony } from '../telephony';
import { sipHandlers, telephonyHandlers } from '../telephony';
import { appHandlers } from './app-handlers';
import { OutcomeCompanions } from './outcome-companions';
import { Relay } from './relay';
import { describeOpenWarnings } from './open-warnings';
import { floorHandlers } from '../floor';
import { MyReports, reportHandlers } from '../reports';
import { leadListHandlers } from '../leads/list';
import { createLeadListServices } from '../leads/list';
import { outcomeHandlers } from './outcome-handlers';
import { queueHandlers } from '../queue';
import { CallingRuleService, StoredRuleBook, callingRuleHandlers } from '../queue/calling-rules';
import { sessionHandlers } from '../dialing';
import { RepPool } from '../team/pool';
import { TeamDnc } from '../team/dnc';
import { TeamCampaigns } from '../team/campaigns';
import { followTeamCampaigns } from './team-campaign-links';
import { isLeadOnCall, resumeOnTeamLeads } from './team-links';

export type { Core, CoreContext, CoreOptions } from './core-types';
import type { Core, CoreContext, CoreOptions } from './core-types';

export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const log = options.log;
  const settings = new SettingsService(
    options.settingsBackend,
    options.secretCipher,
    log,
    defaultSettings(),
  );
  if (options.settingsOverrides && Object.keys(options.settingsOverrides).length > 0) {
    settings.update(options.settingsOverrides);
  }
  for (const [name, value] of Object.entries(options.secretOverrides ?? {})) {
    settings.setSecret(name as SecretName, value);
  }
  const { store, stats } = await openStore({ dataDir: options.dataDir }, options.storeWorker);
  log.info('store opened', { ...stats.openReport });
  const storeWarnings = describeOpenWarnings(stats.openReport);
  if (settings.loadProblem) storeWarnings.push(settings.loadProblem);
  storeWarnings.forEach((warning) => log.warn(warning));
  try {
    return await assembleCore(options, {
      store,
      settings,
      clock,
      log,
      newDataFolder: stats.openReport.snapshotFile === null,
      storeWarnings,
    });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

interface Opened {
  store: Store;
  settings: SettingsService;
  clock: Clock;
  log: Logger;
  /** No snapshot existed: the folder is new. */
  newDataFolder: boolean;
  storeWarnings: string[];
}

async function assembleCore(options: CoreOptions, opened: Opened): Promise<Core> {
  const { store, settings, clock, log } = opened;
  if (opened.newDataFolder && options.seedDemo !== false) {
    const seeded = await seedDemoData(store, options.resourcesDir, clock.now());
    log.info('demo leads loaded into a new data folder', { leads: seeded });
  }

  const events = new EventHub();
  const {
    provider: telephony,
    twilio,
    sip,
  } = createTelephony({
    clock,
    settings,
    events,
    log,
    ...(options.simulation ? { simulation: options.simulation } : {}),
    ...(options.twilio ? { twilio: options.twilio } : {}),
    ...(options.telephonyProvider ? { override: options.telephonyProvider } : {}),
  });
  const dispositions = await DispositionBook.open(store);
  const ruleBook = new StoredRuleBook(store);
  const campaigns = new QueueCampaigns(store, log, undefined, ruleBook);
  const kpi = new TodayKpi(
    store,
    clock,
    () => {
      const { repId, repTimeZone, shiftStart, shiftEnd } = settings.get();
      return { repId, timeZone: repTimeZone, shift: workShiftOf(shiftStart, shiftEnd) };
    },
    () => dispositions.withSystemOutcomes(),
  );
  // The session reports to the queue, the lead list and the floor link, which read it in turn:
  // it is built first, reporting through relays they join once they exist.
  const sessionSnapshots = new Relay<SessionSnapshot>();
  const portChanges = new Relay<PortChange>();
  const floorCompanions = new OutcomeCompanions();
  const teamLeadsChanged = new Relay<void>();
  const teamPool = await RepPool.open({
    store,
    clock,
    log,
    rulesFor: (campaignId) => campaigns.rulesFor(campaignId),
    onCall: (leadId) => isLeadOnCall(session.snapshot(), leadId),
    queueChanged: () => teamLeadsChanged.send(),
  });
  floorCompanions.join(teamPool);
  const session = new SessionService({
    store,
    clock,
    log,
    provider: telephony,
    campaigns,
    dispositions,
    settings: () => settings.get(),
    onSnapshot: sessionSnapshots.send,
    onPortChange: portChanges.send,
    outcomeCompanion: floorCompanions,
    dialGate: teamPool,
    ...(options.newAttemptId ? { newAttemptId: options.newAttemptId } : {}),
  });
  const queueCounts = new QueueCounts(store);
  const windowOpened = new Relay<void>();
  const wake = new WindowWake(clock, () => windowOpened.send());
  const summary = async () => {
    const found = await queueSummary(
      {
        store,
        campaigns,
        counts: queueCounts,
        isTaken: (leadId) => session.holds(leadId),
      },
      clock.now(),
    );
    wake.follow(found);
    return found;
  };
  const loop = new LoopEvents({
    events,
    kpi,
    clock,
    log,
    queueSummary: () => summary(),
    whenQuiet: () => session.settled(),
  });
  windowOpened.listen(() => loop.refreshQueue());
  const leadList = createLeadListServices({
    store,
    clock,
    log,
    events,
    settings,
    campaigns,
    dataDir: options.dataDir,
    isTaken: (leadId) => session.holds(leadId),
    refreshQueue: () => {
      queueCounts.invalidate();
      loop.refreshQueue();
    },
    teamImporter: () => {
      const floor = floorLink.floor();
      return floor && ((file) => floor.importIntoTeamCampaign(file));
    },
  });
  const teamDnc = new TeamDnc({
    store,
    log,
    publishing: () => floorLink.publisher.publishing,
    outboxChanged: () => floorLink.outboxChanged(),
    listChanged: () => leadList.dnc.changedElsewhere(),
  });
  const teamCampaigns = new TeamCampaigns({
    store,
    clock,
    log,
    changed: () => {
      campaigns.invalidate();
      loop.refreshQueue();
      void followTeamCampaigns({
        dispositions,
        session,
        events,
        campaignList: leadList.campaignList,
      }).catch((error: unknown) =>
        log.warn('team campaigns could not be followed', { error: String(error) }),
      );
    },
  });
  const floorLink = await FloorLink.open({
    store,
    settings,
    clock,
    log,
    dataDir: options.dataDir,
    session: () => session.snapshot(),
    onStatus: (status) => events.emit('floor.statusChanged', status),
    onView: (view) => events.emit('floor.changed', view),
    onMyEscalations: (list) => events.emit('floor.myEscalationsChanged', list),
    onSettingsChanged: () => events.emit('settings.changed', settings.get()),
    channels: [teamPool, teamDnc, teamCampaigns],
    poolLeadOf: (leadId) => teamPool.poolLeadOf(leadId),
  });
  floorCompanions.join(floorLink.publisher);
  teamLeadsChanged.listen(() => {
    campaigns.invalidate();
    queueCounts.invalidate();
    loop.refreshQueue();
    floorLink.leadsChanged();
    leadList.searchIndex.catchUp().catch((error: unknown) => {
      log.error('the search index could not take in team leads', { error: String(error) });
    });
    resumeOnTeamLeads(session);
  });
  events.subscribe((event) => {
    if (event === 'dnc.changed') teamDnc.share();
  });
  sessionSnapshots.listen((snapshot) => {
    events.emit('session.changed', snapshot);
    floorLink.sessionChanged(snapshot);
  });
  portChanges.listen((change) => {
    queueCounts.apply(change);
    loop.onPortChange(change);
    floorLink.portChanged(change);
    if (change.kind === 'outcome-recorded' || change.kind === 'outcome-undone') {
      leadList.reminders.refresh();
      if (change.queue.dncListChanged) teamDnc.share();
    }
  });
  const scripts = new CallScripts(store, options.resourcesDir);
  // The session ignores what the prospect says; the script panel shows it.
  telephony.subscribe((event) => {
    if (event.type === 'speech') {
      events.emit('session.speech', { attemptId: event.attemptId, at: event.at, text: event.text });
    }
  });

  const context: CoreContext = {
    store,
    settings,
    events,
    clock,
    log,
    options,
    session,
    kpi,
    dispositions,
    campaigns,
    scripts,
    leadList,
    queueSummary: summary,
    floorLink,
    storeWarnings: opened.storeWarnings,
  };
  const dispatcher = createDispatcher(
    combineHandlers(
      appHandlers(context),
      queueHandlers(context),
      callingRuleHandlers(
        new CallingRuleService({
          store,
          clock,
          ruleBook,
          editor: () => {
            const { repId, role } = settings.get();
            return { id: repId, mayEdit: role === 'supervisor' };
          },
          onChanged: () => {
            campaigns.invalidate();
            queueCounts.invalidate();
            loop.refreshQueue();
          },
        }),
      ),
      sessionHandlers(context),
      outcomeHandlers(context),
      telephonyHandlers(twilio),
      sipHandlers(sip),
      leadListHandlers(leadList),
      floorHandlers(context),
      reportHandlers({
        floorLink,
        myReports: new MyReports({
          store,
          rep: () => {
            const { repId, repName, repTimeZone } = settings.get();
            return { repId, repName, timeZone: repTimeZone };
          },
          dispositions: () => dispositions.withSystemOutcomes(),
          now: () => clock.now(),
        }),
      }),
    ),
    log,
  );

  await leadList.start();
  await floorLink.apply();
  let closing: Promise<void> | null = null;
  return {
    dispatcher,
    events,
    settings,
    store,
    clock,
    log,
    session,
    telephony,
    leadList,
    floorLink,
    close() {
      closing ??= (async () => {
        await session.close();
        wake.close();
        loop.stop();
        await leadList.close();
        await floorLink.close();
        await telephony.dispose();
        await store.close();
        log.info('store closed');
      })();
      return closing;
    },
  };
}
