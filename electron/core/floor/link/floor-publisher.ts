import crypto from 'node:crypto';
import type { Clock } from '../../../../shared/clock';
import type { LeadId } from '../../../../shared/domain/lead';
import type { SessionSnapshot } from '../../../../shared/domain/session';
import type { FloorEventBody, StateEventBody } from '../../../../shared/floor/protocol';
import type { EscalationReceipt } from '../../../../shared/ipc/domains/floor';
import { DomainError } from '../../../../shared/result';
import type { Outbox } from '../outbox/outbox';
import { StoreOutbox } from '../outbox/store-outbox';
import type { Logger } from '../../platform/log/logger';
import type { OutcomeCompanion, RecordedOutcome } from '../../dialing';
import type { SqlStatement } from '../../platform/store/sql';
import type { PortChange } from '../../queue/store';
import { attemptEventOf } from './attempt-event';
import { AttemptReports } from './attempt-reports';
import { escalatedCallOf } from './escalation-event';
import { sameFloorState, stateEventOf } from './state-event';

export interface FloorPublisherDeps {
  outbox: Outbox;
  clock: Clock;
  log: Logger;
  /** The session as it is now (escalations name its call). */
  session: () => SessionSnapshot;
  /** New entries are in the outbox: deliver them when the hub is reachable. */
  notify: () => void;
  /** The team pool's id of a lead the pool gave this rep. */
  poolLeadOf?: (leadId: LeadId) => string | null;
}

/**
 * Turns what the rep does into floor events in the outbox, while a hub is set up. Appends are
 * queued on the store's one writer in the order they happen, so the outbox's seq order is the
 * order of events; nothing here waits on the hub, so the dial loop never does either.
 */
export class FloorPublisher implements OutcomeCompanion {
  private enabled = false;
  private lastState: StateEventBody | null = null;
  private readonly attempts = new AttemptReports();

  constructor(private readonly deps: FloorPublisherDeps) {}

  get publishing(): boolean {
    return this.enabled;
  }

  /** Turning it on reports the session's state at once: the hub may have never heard of it. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.lastState = null;
    if (enabled) this.sessionChanged(this.deps.session());
  }

  sessionChanged(snapshot: SessionSnapshot): void {
    if (!this.enabled) return;
    const body = stateEventOf(snapshot);
    if (this.lastState && sameFloorState(this.lastState, body)) return;
    this.lastState = body;
    this.append(body);
  }

  publish(body: FloorEventBody): void {
    if (this.enabled) this.append(body);
  }

  /**
   * Every change to a dial the rep's strip counts goes to the floor too (the outcome in its own
   * write: statementsFor), so the floor's numbers for the rep are the strip's: dials as they
   * start, talk as calls are answered and end, outcomes withdrawn by undo.
   */
  portChanged(change: PortChange): void {
    if (!this.enabled) return;
    const report = this.attempts.reportOf(change);
    if (report) this.append(report);
    else if (change.kind === 'attempt-started') {
      this.deps.log.warn('a dial could not be reported to the hub: its lead was not read', {
        attemptId: change.attempt.id,
      });
    }
  }

  statementsFor(outcome: RecordedOutcome): SqlStatement[] {
    if (!this.enabled) return [];
    try {
      const poolLeadId = this.deps.poolLeadOf?.(outcome.attempt.leadId) ?? null;
      const report = attemptEventOf(outcome, poolLeadId);
      const { statement } = StoreOutbox.appendStatement(report, outcome.recordedAt);
      this.attempts.remember(report);
      return [statement];
    } catch (error) {
      // A report the hub would refuse (say, a lead dated before 2000) must not cost the outcome.
      this.deps.log.warn('an outcome could not be reported to the hub', {
        attemptId: outcome.attempt.id,
        error: String(error),
      });
      return [];
    }
  }

  written(): void {
    if (this.enabled) this.deps.notify();
  }

  async escalate(note: string): Promise<EscalationReceipt> {
    if (!this.enabled) {
      throw new DomainError(
        'unavailable',
        'No team hub is set up, so no supervisor would see this: add the hub address and token in settings.',
      );
    }
    const snapshot = this.deps.session();
    const receipt: EscalationReceipt = {
      escalationId: crypto.randomUUID(),
      leadId: snapshot.offer?.lead.id ?? snapshot.lastOutcome?.leadId ?? null,
      attemptId: snapshot.call?.attemptId ?? snapshot.lastOutcome?.attemptId ?? null,
      raisedAt: this.deps.clock.now(),
    };
    await this.deps.outbox.append(
      {
        type: 'escalation',
        escalationId: receipt.escalationId,
        leadId: receipt.leadId,
        attemptId: receipt.attemptId,
        note: note.trim(),
        call: escalatedCallOf(snapshot),
      },
      receipt.raisedAt,
    );
    this.deps.notify();
    this.deps.log.info('call escalated', {
      escalationId: receipt.escalationId,
      attemptId: receipt.attemptId,
    });
    return receipt;
  }

  private append(body: FloorEventBody): void {
    this.deps.outbox.append(body, this.deps.clock.now()).then(
      () => this.deps.notify(),
      (error: unknown) =>
        this.deps.log.warn('a floor event could not be stored', {
          type: body.type,
          error: String(error),
        }),
    );
  }
}
