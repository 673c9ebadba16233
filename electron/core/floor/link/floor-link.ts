import type { Clock } from '../../../../shared/clock';
import type { LeadId } from '../../../../shared/domain/lead';
import type { SessionSnapshot } from '../../../../shared/domain/session';
import type { FloorView } from '../../../../shared/floor/floor-view';
import type {
  EscalationReceipt,
  FloorLinkStatus,
  MyEscalation,
} from '../../../../shared/ipc/domains/floor';
import { generateTeamToken } from '../../../hub/auth/rep-key';
import type { HubChannel } from '../outbox/hub-connection';
import { StoreOutbox } from '../outbox/store-outbox';
import type { Logger } from '../../platform/log/logger';
import { SerialQueue } from '../../platform/concurrency/serial-queue';
import type { PortChange } from '../../queue/store';
import type { SettingsService } from '../../platform/settings/settings-service';
import type { Store } from '../../platform/store/store';
import { FloorPublisher } from './floor-publisher';
import type { FloorSource } from './floor-source';
import { startFollowRunner } from './follow-runner';
import { readFreshLeads } from './fresh-leads';
import { startHostRunner } from './host-runner';
import { LeadWaitingReporter } from './lead-waiting-reporter';
import { MyEscalations } from './my-escalations';
import { planLink, samePlan, type LinkPlan } from './link-plan';
import { offRunner, type LinkRunner, type RunnerEvents } from './link-runner';
import { startRepRunner } from './rep-runner';

export interface FloorLinkDeps {
  store: Store;
  settings: SettingsService;
  clock: Clock;
  log: Logger;
  /** The app's data folder (a hosted hub keeps its database in `hub/` inside it). */
  dataDir: string;
  /** The rep's session now; set once the session exists. */
  session: () => SessionSnapshot;
  onStatus: (status: FloorLinkStatus) => void;
  onView: (view: FloorView) => void;
  /** The rep's escalations changed state (raised, confirmed, answered, dismissed). */
  onMyEscalations: (escalations: MyEscalation[]) => void;
  /** The link stored a secret (a supervisor's first team token). */
  onSettingsChanged: () => void;
  /** What else rides on a rep's hub connection (the team pool, the team's DNC list). */
  channels?: readonly HubChannel[];
  /** The team pool's id of a lead the pool gave this rep: its attempts are reported with it. */
  poolLeadOf?: (leadId: LeadId) => string | null;
}

/**
 * This app on the team floor, as its settings say: a rep publishing to a hub, a supervisor
 * hosting the hub or following a remote one, or nothing. Settings changes restart what runs;
 * the rep's outbox and what goes into it do not depend on the hub being reachable.
 */
export class FloorLink {
  readonly publisher: FloorPublisher;
  private readonly leadWaiting: LeadWaitingReporter;
  private readonly mine: MyEscalations;
  private readonly applying = new SerialQueue();
  private plan: LinkPlan = { mode: 'off', problem: null };
  private runner: LinkRunner = offRunner(null);
  private lastStatus = '';
  /** Events of a runner that is being replaced are ignored. */
  private generation = 0;
  private closed = false;

  private constructor(
    private readonly deps: FloorLinkDeps,
    private readonly outbox: StoreOutbox,
  ) {
    this.publisher = new FloorPublisher({
      outbox,
      clock: deps.clock,
      log: deps.log,
      session: deps.session,
      notify: () => this.runner.notify(),
      ...(deps.poolLeadOf ? { poolLeadOf: deps.poolLeadOf } : {}),
    });
    this.mine = new MyEscalations(deps.onMyEscalations);
    this.leadWaiting = new LeadWaitingReporter({
      read: () => readFreshLeads(deps.store),
      publish: (body) => this.publisher.publish(body),
      clock: deps.clock,
      log: deps.log,
    });
  }

  static async open(deps: FloorLinkDeps): Promise<FloorLink> {
    return new FloorLink(deps, await StoreOutbox.open(deps.store, () => deps.clock.now()));
  }

  /** Brings what runs in line with the settings; resolves once it is started (or stays as is). */
  apply(): Promise<void> {
    return this.applying.run(() => this.applyNow());
  }

  status(): FloorLinkStatus {
    return this.runner.status();
  }

  floor(): FloorSource | null {
    return this.runner.floor();
  }

  sessionChanged(snapshot: SessionSnapshot): void {
    this.publisher.sessionChanged(snapshot);
  }

  portChanged(change: PortChange): void {
    this.publisher.portChanged(change);
    // Ring and answer updates change no lead; everything else may change what is fresh.
    if (change.kind !== 'attempt-saved') this.leadWaiting.check();
  }

  /** Leads came into the queue or left it other than through the session (the team pool). */
  leadsChanged(): void {
    this.leadWaiting.check();
  }

  /** Something appended to the outbox outside the publisher (the team's DNC list): send it. */
  outboxChanged(): void {
    if (this.publisher.publishing) this.runner.notify();
  }

  async escalate(note: string): Promise<EscalationReceipt> {
    const receipt = await this.publisher.escalate(note);
    this.mine.raised(receipt);
    return receipt;
  }

  myEscalations(): MyEscalation[] {
    return this.mine.list();
  }

  dismissEscalation(escalationId: string): void {
    this.mine.dismiss(escalationId);
  }

  /** The supervisor's name on acknowledgements. */
  supervisorName(): string {
    return this.deps.settings.get().repName;
  }

  /** Stops delivering (or the hosted hub) before the store closes; the outbox keeps the rest. */
  async close(): Promise<void> {
    this.closed = true;
    await this.applying.drained();
    this.leadWaiting.stop();
    this.generation++;
    await this.runner.stop();
    this.runner = offRunner(null);
  }

  private async applyNow(): Promise<void> {
    if (this.closed) return;
    this.ensureTeamToken();
    const plan = planLink(this.deps.settings.get(), {
      hubToken: this.deps.settings.getSecret('hubToken'),
      hubRepKey: this.deps.settings.getSecret('hubRepKey'),
      hubDatabaseUrl: this.deps.settings.getSecret('hubDatabaseUrl'),
    });
    if (samePlan(plan, this.plan)) return;
    this.generation++;
    await this.runner.stop();
    this.plan = plan;
    this.runner = this.startRunner(plan);
    this.publisher.setEnabled(plan.mode === 'rep');
    if (plan.mode === 'rep') this.leadWaiting.start();
    else this.leadWaiting.stop();
    this.deps.log.info('floor link', { mode: plan.mode });
    this.statusChanged();
  }

  private startRunner(plan: LinkPlan): LinkRunner {
    const { clock, log } = this.deps;
    const generation = this.generation;
    const events: RunnerEvents = {
      statusChanged: () => {
        if (generation === this.generation) this.statusChanged();
      },
      view: (view) => {
        if (generation === this.generation) this.deps.onView(view);
      },
    };
    switch (plan.mode) {
      case 'off':
        return offRunner(plan.problem);
      case 'rep':
        return startRepRunner(plan, {
          outbox: this.outbox,
          clock,
          log,
          events,
          escalations: (list) => {
            if (generation === this.generation) this.mine.hubSent(list);
          },
          channels: this.deps.channels ?? [],
        });
      case 'follow':
        return startFollowRunner(plan, { clock, log, events });
      case 'host':
        if (plan.teamToken === null) return offRunner('The hub has no team token.');
        return startHostRunner(
          { ...plan, teamToken: plan.teamToken },
          { dataDir: this.deps.dataDir, clock, log, events },
        );
    }
  }

  /** A supervisor hosting the hub for the first time gets a team token to hand to the reps. */
  private ensureTeamToken(): void {
    const { settings } = this.deps;
    const current = settings.get();
    if (current.role !== 'supervisor' || current.hubUrl !== null) return;
    if (current.secretsSet.hubToken) return;
    settings.setSecret('hubToken', generateTeamToken());
    this.deps.log.info('created the team token for the hub');
    this.deps.onSettingsChanged();
  }

  private statusChanged(): void {
    const status = this.runner.status();
    const text = JSON.stringify(status);
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    this.deps.onStatus(status);
  }
}
