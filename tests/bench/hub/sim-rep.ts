import type { FloorEventBody } from '../../../shared/floor/protocol';
import { HubConnection } from '../../../electron/core/floor/outbox/hub-connection';
import { MemoryOutbox } from '../../support/memory-outbox';

export { prng } from '../../support/prng';

export interface SimRepOptions {
  hubUrl: string;
  teamToken: string;
  repId: string;
  timeZone: string;
  speed: number;
  random: () => number;
  /** Called with each event's seq and creation time, before it is appended to the outbox. */
  onCreated: (repId: string, seq: number, at: number) => void;
}

/**
 * One simulated rep working a power-dial queue at a real floor's pace (divided by `speed`):
 * dial, ring, a contact about one call in four, talk, wrap-up, the outcome; sometimes a pause
 * with a pause code, an escalation, and the queue's waiting fresh leads for the SLA alert.
 */
export class SimRep {
  readonly outbox = new MemoryOutbox();
  readonly connection: HubConnection;
  private running = false;
  private done: Promise<void> = Promise.resolve();
  private call = 0;
  private nextSeq = 1;
  private waitingLeads: number;
  private wake: (() => void) | null = null;

  readonly repId: string;

  constructor(private readonly options: SimRepOptions) {
    this.repId = options.repId;
    this.connection = new HubConnection({
      hubUrl: options.hubUrl,
      repId: options.repId,
      repName: `Rep ${options.repId}`,
      timeZone: options.timeZone,
      credential: { teamToken: options.teamToken },
      outbox: this.outbox,
      backoff: { initialMs: 200, maxMs: 2_000 },
    });
    this.waitingLeads = 5 + Math.floor(options.random() * 20);
  }

  connect(): void {
    this.connection.start();
  }

  startWorking(): void {
    this.running = true;
    this.done = this.work();
  }

  async stopWorking(): Promise<number> {
    this.running = false;
    this.wake?.();
    await this.done;
    return this.nextSeq - 1;
  }

  private async work(): Promise<void> {
    const r = this.options.random;
    const between = (min: number, max: number) => min + r() * (max - min);
    while (this.running) {
      const leadCreatedAt = Date.now() - between(60_000, 3 * 3_600_000);
      const lead = { id: ++this.call, createdAt: Math.round(leadCreatedAt) };
      await this.emit({
        type: 'lead-waiting',
        count: this.waitingLeads,
        oldestCreatedAt: lead.createdAt,
      });
      this.waitingLeads = Math.max(0, this.waitingLeads + (r() < 0.5 ? 1 : -1));
      const startedAt = Date.now();
      await this.state('dialing', lead);
      await this.wait(between(1_000, 3_000));
      await this.state('ringing', lead);
      await this.wait(between(5_000, 25_000));
      const contact = r() < 0.25;
      const conversion = contact && r() < 0.2;
      const talkSeconds = contact ? Math.round(between(20, 300)) : 0;
      if (contact) {
        await this.state('connected', lead);
        await this.wait(talkSeconds * 1000);
        if (r() < 0.02) {
          await this.emit({
            type: 'escalation',
            escalationId: `${this.options.repId}-esc-${this.call}`,
            leadId: lead.id,
            attemptId: null,
            note: 'Customer asks for a supervisor.',
          });
        }
      }
      await this.state('wrap-up', lead);
      await this.wait(between(3_000, 20_000));
      const now = Date.now();
      await this.emit({
        type: 'attempt',
        attemptId: `${this.options.repId}-${this.call}`,
        leadId: lead.id,
        outcomeCode: conversion ? 'converted' : contact ? 'not-interested' : 'no-answer',
        contact,
        conversion,
        startedAt,
        answeredAt: contact ? startedAt + 3_000 : null,
        endedAt: now - 1_000,
        talkSeconds,
        recordedAt: now,
        leadCreatedAt: lead.createdAt,
        leadFirstAttemptAt: startedAt,
      });
      if (r() < 0.03) {
        await this.state('paused', null, r() < 0.7 ? 'break' : 'admin');
        await this.wait(between(60_000, 300_000));
      }
      await this.state('idle', null);
      await this.wait(between(2_000, 8_000));
    }
  }

  private state(
    state: 'dialing' | 'ringing' | 'connected' | 'wrap-up' | 'paused' | 'idle',
    lead: { id: number; createdAt: number } | null,
    pauseCode: 'break' | 'admin' | null = null,
  ): Promise<void> {
    return this.emit({ type: 'state', state, since: Date.now(), pauseCode, lead });
  }

  private async emit(body: FloorEventBody): Promise<void> {
    if (!this.running) return;
    const at = Date.now();
    this.options.onCreated(this.options.repId, this.nextSeq++, at);
    await this.connection.publish(body, at);
  }

  /** Simulated call time, compressed by `speed`; cut short when the run ends. */
  private wait(simulatedMs: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, simulatedMs / this.options.speed);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}
