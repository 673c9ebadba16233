import { deriveRepKey } from '../../../../electron/hub/auth/rep-key';
import type { FloorEventBody } from '../../../../shared/floor/protocol';
import { RawSocket } from '../support/raw-socket';
import { TEAM_TOKEN } from '../support/test-hub';

export interface Received {
  type: string;
  [key: string]: unknown;
}

/**
 * A rep on the hub's socket, speaking the pool's messages by hand. Every message is kept, so a
 * test waits for the one it means without losing the others.
 */
export class PoolRep {
  readonly messages: Received[] = [];
  private readonly waiters: { holds: (m: Received) => boolean; resolve: (m: Received) => void }[] =
    [];
  private static connections = 0;
  private seq = 0;
  private taken = new Set<Received>();

  private constructor(
    readonly socket: RawSocket,
    readonly repId: string,
    private readonly streamId: string,
  ) {
    void this.pump();
  }

  static async connect(
    hubUrl: string,
    repId: string,
    timeZone: string,
    dncCursor?: number,
  ): Promise<PoolRep> {
    const socket = await RawSocket.rep(hubUrl, repId, deriveRepKey(TEAM_TOKEN, repId));
    // A stream per connection: its seqs start at 1 whatever the last connection sent.
    const streamId = `stream-${repId}-${++PoolRep.connections}`;
    socket.send({
      type: 'hello',
      protocol: 1,
      repId,
      repName: repId,
      timeZone,
      streamId,
      ...(dncCursor === undefined ? {} : { dncCursor }),
    });
    const rep = new PoolRep(socket, repId, streamId);
    await rep.waitFor((m) => m.type === 'welcome');
    return rep;
  }

  /** The first message not yet taken that `holds`, now or when it arrives. */
  waitFor(holds: (message: Received) => boolean): Promise<Received> {
    const found = this.messages.find((m) => !this.taken.has(m) && holds(m));
    if (found) {
      this.taken.add(found);
      return Promise.resolve(found);
    }
    return new Promise((resolve) => this.waiters.push({ holds, resolve }));
  }

  offer(leadId?: string): Promise<Received> {
    return this.waitFor(
      (m) =>
        m.type === 'pool-offer' &&
        (leadId === undefined || (m.lead as { id: string }).id === leadId),
    );
  }

  revoke(leadId: string): Promise<Received> {
    return this.waitFor((m) => m.type === 'pool-revoke' && m.leadId === leadId);
  }

  async dial(leadId: string, offerId: string): Promise<Received> {
    const requestId = `request-${this.repId}-${leadId}-${++this.seq}`.replace(
      /[^A-Za-z0-9_-]/g,
      '-',
    );
    this.socket.send({ type: 'pool-dial', requestId, leadId, offerId });
    return this.waitFor((m) => m.type === 'pool-dial-answer' && m.requestId === requestId);
  }

  /** Publishes one event of the rep's stream and waits until the hub has stored it. */
  async publish(body: FloorEventBody, at: number): Promise<void> {
    this.events += 1;
    const event = {
      eventId: `event-${this.streamId}-${this.events}`,
      repId: this.repId,
      seq: this.events,
      at,
      ...body,
    };
    this.socket.event(event);
    await this.waitFor((m) => m.type === 'ack' && (m.upToSeq as number) >= event.seq);
  }

  private events = 0;

  close(): Promise<unknown> {
    this.socket.ws.close();
    return this.socket.closed;
  }

  private async pump(): Promise<void> {
    for (;;) {
      const message = await this.socket.next<Received>();
      this.messages.push(message);
      const index = this.waiters.findIndex((w) => w.holds(message));
      if (index >= 0) {
        const [waiter] = this.waiters.splice(index, 1);
        this.taken.add(message);
        waiter!.resolve(message);
      }
    }
  }
}
