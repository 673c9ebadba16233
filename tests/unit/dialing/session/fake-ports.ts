import type { Attempt } from '../../../../shared/domain/attempt';
import type { Disposition } from '../../../../shared/domain/disposition';
import type { Lead, LeadId } from '../../../../shared/domain/lead';
import type {
  Dialability,
  LeadOffer,
  LeadSkip,
  SessionPorts,
} from '../../../../electron/core/dialing/session/session-ports';
import { deferred, type Deferred } from './deferred';

export type PortName = keyof SessionPorts;

export interface PortCall {
  port: PortName;
  args: unknown[];
}

/**
 * An in-memory store for one rep: offers leads in order, keeps the last stored version of every
 * attempt, and can fail or hold any port call on request.
 */
export class FakePorts implements SessionPorts {
  readonly calls: PortCall[] = [];
  readonly attempts = new Map<string, Attempt>();
  readonly locked = new Set<LeadId>();
  /** Dial-time refusals by lead id. */
  readonly refusals = new Map<LeadId, string>();
  private readonly finished = new Set<LeadId>();
  private readonly failures = new Map<PortName, Error[]>();
  private readonly holds = new Map<PortName, Deferred<void>[]>();

  constructor(private readonly leads: Lead[]) {}

  failNext(port: PortName, error = new Error('disk full')): void {
    this.failures.set(port, [...(this.failures.get(port) ?? []), error]);
  }

  /** The next call of `port` waits until the returned gate is resolved (or rejected). */
  holdNext(port: PortName): Deferred<void> {
    const gate = deferred();
    this.holds.set(port, [...(this.holds.get(port) ?? []), gate]);
    return gate;
  }

  callsOf(port: PortName): unknown[][] {
    return this.calls.filter((call) => call.port === port).map((call) => call.args);
  }

  portsCalled(): PortName[] {
    return this.calls.map((call) => call.port);
  }

  attempt(id: string): Attempt {
    const attempt = this.attempts.get(id);
    if (!attempt) throw new Error(`No attempt ${id} was stored.`);
    return attempt;
  }

  nextLead(): Promise<LeadOffer | null> {
    return this.perform('nextLead', [], () => {
      const lead = this.leads.find((l) => !this.locked.has(l.id) && !this.finished.has(l.id));
      if (!lead) return null;
      this.locked.add(lead.id);
      return { lead, reason: `lead ${lead.id} is next` };
    });
  }

  takeLead(leadId: LeadId): Promise<LeadOffer> {
    return this.perform('takeLead', [leadId], () => {
      const lead = this.leads.find((l) => l.id === leadId);
      if (!lead || this.finished.has(leadId))
        throw new Error(`Lead ${leadId} is not in the queue.`);
      if (this.locked.has(leadId)) throw new Error(`Lead ${leadId} is already on the dialer.`);
      this.locked.add(leadId);
      return { lead, reason: `lead ${leadId} picked by the rep` };
    });
  }

  isDialable(lead: Lead, chosenByRep: boolean): Promise<Dialability> {
    return this.perform('isDialable', chosenByRep ? [lead.id, 'chosen'] : [lead.id], () => {
      const reason = this.refusals.get(lead.id);
      return reason === undefined ? { ok: true as const } : { ok: false as const, reason };
    });
  }

  skipLead(leadId: LeadId, skip: LeadSkip): Promise<void> {
    return this.perform('skipLead', [leadId, skip], () => {
      this.locked.delete(leadId);
      this.finished.add(leadId);
    });
  }

  releaseLead(leadId: LeadId): Promise<void> {
    return this.perform('releaseLead', [leadId], () => {
      this.locked.delete(leadId);
    });
  }

  startAttempt(attempt: Attempt): Promise<void> {
    return this.perform('startAttempt', [attempt], () => {
      this.attempts.set(attempt.id, { ...attempt });
    });
  }

  saveCallProgress(attempt: Attempt): Promise<void> {
    return this.perform('saveCallProgress', [attempt], () => {
      this.attempts.set(attempt.id, { ...attempt });
    });
  }

  recordOutcome(attempt: Attempt, disposition: Disposition): Promise<void> {
    return this.perform('recordOutcome', [attempt, disposition.code], () => {
      this.attempts.set(attempt.id, { ...attempt });
      this.locked.delete(attempt.leadId);
      this.finished.add(attempt.leadId);
    });
  }

  skipCall(attempt: Attempt, disposition: Disposition, skip: LeadSkip): Promise<void> {
    return this.perform('skipCall', [attempt, disposition.code, skip], () => {
      this.attempts.set(attempt.id, { ...attempt });
      this.locked.delete(attempt.leadId);
      this.finished.add(attempt.leadId);
    });
  }

  undoOutcome(attemptId: string): Promise<void> {
    return this.perform('undoOutcome', [attemptId], () => {
      const attempt = this.attempt(attemptId);
      this.attempts.set(attemptId, {
        ...attempt,
        outcomeCode: null,
        notOnTheLine: false,
        note: null,
        callbackAt: null,
        recordedAt: null,
      });
      this.finished.delete(attempt.leadId);
      this.locked.add(attempt.leadId);
    });
  }

  private async perform<T>(port: PortName, args: unknown[], effect: () => T): Promise<T> {
    this.calls.push({ port, args: structuredClone(args) });
    const gate = this.holds.get(port)?.shift();
    if (gate) await gate.promise;
    const failure = this.failures.get(port)?.shift();
    if (failure) throw failure;
    return effect();
  }
}
