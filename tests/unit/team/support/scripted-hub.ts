import { WebSocketServer, type WebSocket } from 'ws';
import type { HubToRepMessage, RepMessage } from '../../../../shared/floor/protocol';
import { parseMessage, repMessageSchema } from '../../../../shared/floor/validators';
import { rawDataToText } from '../../../../electron/core/platform/net/ws-text';

type Of<T extends RepMessage['type']> = Extract<RepMessage, { type: T }>;

/**
 * A hub the test speaks for: it welcomes the rep and acknowledges its events as the real hub
 * does, and otherwise sends only what the test tells it to. Every rep message is validated with
 * the protocol's schema (a malformed one fails the test) and kept, in order.
 */
export class ScriptedHub {
  readonly received: RepMessage[] = [];
  private socket: WebSocket | null = null;
  private readonly waiters: { accept: (message: RepMessage) => boolean }[] = [];
  private readonly connections: ((socket: WebSocket) => void)[] = [];
  /** Sent to nobody: the hub says nothing to pool-dial (a hub that stopped answering). */
  silentOnDial = false;
  /** Sent in the same turn as the next welcome (the real hub resends open offers right away). */
  withWelcome: HubToRepMessage[] = [];
  /** Answers every pool-dial with this, unless null (the test answers itself). */
  dialAnswer: { ok: boolean; reason?: string } | null = null;

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {
    server.on('connection', (ws) => this.accept(ws));
  }

  static start(): Promise<ScriptedHub> {
    return new Promise((resolve) => {
      const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/rep' });
      server.on('listening', () => {
        const { port } = server.address() as { port: number };
        resolve(new ScriptedHub(server, `http://127.0.0.1:${port}`));
      });
    });
  }

  send(message: HubToRepMessage): void {
    if (!this.socket) throw new Error('No rep is connected to the scripted hub.');
    this.socket.send(JSON.stringify(message));
  }

  /** The next rep message of this type (one already received and not yet taken, or a later one). */
  next<T extends RepMessage['type']>(
    type: T,
    matching: (m: Of<T>) => boolean = () => true,
  ): Promise<Of<T>> {
    const taken = this.received.findIndex((m) => m.type === type && matching(m as Of<T>));
    if (taken >= 0) return Promise.resolve(this.received.splice(taken, 1)[0] as Of<T>);
    return new Promise((resolve) => {
      const waiter = {
        accept: (message: RepMessage) => {
          if (message.type !== type || !matching(message as Of<T>)) return false;
          this.received.splice(this.received.indexOf(message), 1);
          resolve(message as Of<T>);
          return true;
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Resolves on the next rep connection (the current one if a rep is connected and welcomed). */
  connected(): Promise<void> {
    if (this.socket) return Promise.resolve();
    return new Promise((resolve) => this.connections.push(() => resolve()));
  }

  /** Drops the rep's socket (a hub restart, a cable pulled). */
  disconnect(): void {
    this.socket?.terminate();
    this.socket = null;
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    ws.on('message', (data) => {
      const parsed = parseMessage(repMessageSchema, rawDataToText(data));
      if (!parsed.ok) throw new Error(`The rep sent a malformed message: ${parsed.error}`);
      const message = parsed.value;
      if (message.type === 'hello') {
        this.socket = ws;
        ws.send(
          JSON.stringify({
            type: 'welcome',
            repId: message.repId,
            streamId: message.streamId,
            ackedSeq: 0,
          }),
        );
        this.withWelcome.splice(0).forEach((sent) => ws.send(JSON.stringify(sent)));
        this.connections.splice(0).forEach((resolve) => resolve(ws));
      } else if (message.type === 'event') {
        ws.send(JSON.stringify({ type: 'ack', upToSeq: message.event.seq }));
      } else if (message.type === 'pool-dial' && this.dialAnswer && !this.silentOnDial) {
        ws.send(
          JSON.stringify({
            type: 'pool-dial-answer',
            requestId: message.requestId,
            ...this.dialAnswer,
          }),
        );
      }
      this.received.push(message);
      const index = this.waiters.findIndex((waiter) => waiter.accept(message));
      if (index >= 0) this.waiters.splice(index, 1);
    });
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
    });
  }
}
