import type { Clock } from '../../../shared/clock';
import type { LeadId } from '../../../shared/domain/lead';
import type { PublicSettings } from '../../../shared/domain/settings';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { Logger } from '../platform/log/logger';
import { PowerDialSession } from './session/power-dial-session';
import type { SessionConfigInput } from './session/session-config';
import type { Store } from '../platform/store/store';
import type { TelephonyProvider } from '../telephony';
import type { DispositionBook } from '../dispositions';
import { CallerIdChooser } from '../local-presence';
import { LeadLocks } from './lead-locks';
import type { OutcomeCompanion } from './outcome-companion';
import type { DialGate } from './dial-gate';
import type { PortChangeListener } from '../queue/store';
import type { QueueCampaigns } from '../queue/store';
import { StoreSessionPorts } from './store-session-ports';

export interface SessionServiceDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  provider: TelephonyProvider;
  campaigns: QueueCampaigns;
  dispositions: DispositionBook;
  settings: () => PublicSettings;
  onSnapshot: (snapshot: SessionSnapshot) => void;
  onPortChange: PortChangeListener;
  outcomeCompanion?: OutcomeCompanion;
  /** Asked last before a dial (the team pool's claim). */
  dialGate?: DialGate;
  newAttemptId?: () => string;
}

/** How long close() lets a call in progress finish saving before it lets go. */
const CLOSE_WAIT_MS = 3_000;

/**
 * The rep's one power-dial session in this core, on the store's ports and the core's telephony
 * provider. Settings and dispositions apply to a session that is idle right away; while the rep
 * is working they apply from the next start, so a call never changes rules halfway.
 */
export class SessionService {
  private readonly locks = new LeadLocks();
  private readonly presence = new CallerIdChooser(() => this.deps.settings().localPresence);
  private session: PowerDialSession;
  private unsubscribe: () => void;
  private outdated = false;
  private intentsRunning = 0;
  private closed = false;
  private snapshotSeq = 0;

  constructor(private readonly deps: SessionServiceDeps) {
    ({ session: this.session, unsubscribe: this.unsubscribe } = this.build());
  }

  snapshot(): SessionSnapshot {
    return this.session.snapshot();
  }

  /** The session holds this lead (offered, being called or in wrap-up): nobody else may take it. */
  holds(leadId: LeadId): boolean {
    return this.locks.isLocked(leadId);
  }

  /** Runs one of the rep's intents and answers with the session as it is afterwards. */
  async run(intent: (session: PowerDialSession) => Promise<void>): Promise<SessionSnapshot> {
    this.intentsRunning++;
    try {
      const session = this.session;
      await intent(session);
      return session.snapshot();
    } finally {
      this.intentsRunning--;
    }
  }

  /** Starting from idle is when a changed configuration takes over. */
  start(intent: (session: PowerDialSession) => Promise<void>): Promise<SessionSnapshot> {
    if (this.outdated && this.intentsRunning === 0) this.rebuildIfIdle();
    return this.run(intent);
  }

  /** Settings or dispositions changed. */
  reconfigure(): void {
    this.outdated = true;
    if (this.intentsRunning === 0) this.rebuildIfIdle();
  }

  /** Resolves once every intent and what it set off has been applied (tests, benchmarks). */
  settled(): Promise<void> {
    return this.session.settled();
  }

  /** Ends a call in progress, unlocks what the session holds, and stops listening to the line. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const session = this.session;
    const { state } = session.snapshot();
    if (state === 'dialing' || state === 'ringing' || state === 'connected') {
      await session.hangup().catch(() => undefined);
    }
    await session.stop().catch(() => undefined);
    await waitAtMost(session.settled(), CLOSE_WAIT_MS);
    this.unsubscribe();
    session.dispose();
    this.locks.clear();
  }

  /** An idle session holds no lead and no call, so it is replaced as it is. */
  private rebuildIfIdle(): void {
    const before = this.session.snapshot();
    if (this.closed || before.state !== 'idle') return;
    this.unsubscribe();
    this.session.dispose();
    ({ session: this.session, unsubscribe: this.unsubscribe } = this.build());
    const after = this.session.snapshot();
    if (after.mode !== before.mode || after.repId !== before.repId) this.deps.onSnapshot(after);
  }

  private build(): { session: PowerDialSession; unsubscribe: () => void } {
    const settings = this.deps.settings();
    this.outdated = false;
    const ports = new StoreSessionPorts({
      store: this.deps.store,
      campaigns: this.deps.campaigns,
      locks: this.locks,
      clock: this.deps.clock,
      repId: settings.repId,
      onChange: this.deps.onPortChange,
      ...(this.deps.outcomeCompanion ? { outcomeCompanion: this.deps.outcomeCompanion } : {}),
      ...(this.deps.dialGate ? { dialGate: this.deps.dialGate } : {}),
    });
    const session = new PowerDialSession({
      repId: settings.repId,
      provider: this.deps.provider,
      clock: this.deps.clock,
      ports,
      dispositions: this.deps.dispositions.current(),
      campaignDispositions: this.deps.dispositions.byCampaign(),
      config: sessionConfigOf(settings),
      callerIdFor: (lead) => this.presence.callerIdFor(lead),
      nextSnapshotSeq: () => ++this.snapshotSeq,
      ...(this.deps.newAttemptId ? { newAttemptId: this.deps.newAttemptId } : {}),
    });
    const unsubscribe = session.subscribe((snapshot) => this.deps.onSnapshot(snapshot));
    return { session, unsubscribe };
  }
}

export function sessionConfigOf(settings: PublicSettings): SessionConfigInput {
  return {
    mode: settings.dialMode,
    autoAdvance: true,
    // The session needs at least a second to show the countdown at all.
    wrapUpSeconds: Math.max(1, settings.wrapUpSeconds),
    keepOutcomesNotOnTheLine: settings.keepOutcomesNotOnTheLine,
  };
}

async function waitAtMost(work: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}
