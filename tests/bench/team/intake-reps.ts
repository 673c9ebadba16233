import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { AttemptEventBody, FloorEvent } from '../../../shared/floor/protocol';
import { RawSocket } from '../../unit/hub/support/raw-socket';

interface HubMessage {
  type: string;
  [key: string]: unknown;
}

/** What the scripted reps saw of one pool lead. */
export interface HeldLead {
  /** performance.now() when the first rep stored the offer (answered pool-received). */
  heldAt: number;
  /** Every rep the lead was offered to. */
  reps: Set<string>;
  /** Every rep whose pool-dial the hub answered ok. */
  dialedBy: string[];
}

/**
 * A rep over the real wire protocol, scripted to take every lead at once: it stores each offer
 * (pool-received), dials it through the hub's pool-dial and, on ok, reports the attempt with a
 * final outcome ("Not interested") so the lead leaves the pool. Its session state stays idle
 * (a free rep), so the next lead comes as soon as the hub has routed it: the reps add no think
 * time and the figures are the hub's. Full rep cores (a store and a session each) are too heavy
 * for dozens of reps on the bench machine.
 */
export class ScriptedRep {
  private seq = 0;
  private requests = 0;
  private readonly dialing = new Map<string, string>();

  private constructor(
    private readonly socket: RawSocket,
    readonly repId: string,
    private readonly streamId: string,
    private readonly held: Map<string, HeldLead>,
  ) {}

  static async connect(
    hubUrl: string,
    teamToken: string,
    repId: string,
    timeZone: string,
    held: Map<string, HeldLead>,
  ): Promise<ScriptedRep> {
    const socket = await RawSocket.rep(hubUrl, repId, deriveRepKey(teamToken, repId));
    const streamId = `bench-${repId}`;
    socket.send({ type: 'hello', protocol: 1, repId, repName: repId, timeZone, streamId });
    const rep = new ScriptedRep(socket, repId, streamId, held);
    for (;;) {
      const message = await socket.next<HubMessage>();
      if (message.type === 'welcome') break;
      rep.handle(message);
    }
    void rep.pump();
    return rep;
  }

  close(): Promise<unknown> {
    this.socket.ws.close();
    return this.socket.closed;
  }

  private async pump(): Promise<void> {
    for (;;) {
      const message = await Promise.race([this.socket.next<HubMessage>(), this.socket.closed]);
      if (!('type' in message)) return;
      this.handle(message);
    }
  }

  private handle(message: HubMessage): void {
    if (message.type === 'pool-offer') this.stored(message);
    else if (message.type === 'pool-dial-answer') this.answered(message);
    else if (message.type === 'pool-revoke') {
      this.socket.send({ type: 'pool-revoked', offerId: message.offerId });
    }
  }

  private stored(offer: HubMessage): void {
    const leadId = (offer.lead as { id: string }).id;
    const offerId = offer.offerId as string;
    const known = this.held.get(leadId);
    if (known) known.reps.add(this.repId);
    else
      this.held.set(leadId, {
        heldAt: performance.now(),
        reps: new Set([this.repId]),
        dialedBy: [],
      });
    this.socket.send({ type: 'pool-received', offerId });
    const requestId = `dial-${this.repId}-${++this.requests}`;
    this.dialing.set(requestId, leadId);
    this.socket.send({ type: 'pool-dial', requestId, leadId, offerId });
  }

  private answered(answer: HubMessage): void {
    const leadId = this.dialing.get(answer.requestId as string);
    this.dialing.delete(answer.requestId as string);
    if (leadId === undefined || answer.ok !== true) return;
    this.held.get(leadId)?.dialedBy.push(this.repId);
    const at = Date.now();
    const attempt: AttemptEventBody = {
      type: 'attempt',
      attemptId: `attempt-${this.repId}-${this.requests}-${leadId}`.replace(/[^A-Za-z0-9_-]/g, '-'),
      leadId: this.requests,
      outcomeCode: 'not-interested',
      contact: true,
      conversion: false,
      startedAt: at,
      answeredAt: at,
      endedAt: at,
      talkSeconds: 0,
      recordedAt: at,
      leadCreatedAt: at,
      leadFirstAttemptAt: at,
      poolLeadId: leadId,
    };
    this.seq += 1;
    const event: FloorEvent = {
      eventId: `event-${this.streamId}-${this.seq}`,
      repId: this.repId,
      seq: this.seq,
      at,
      ...attempt,
    };
    this.socket.event(event);
  }
}
