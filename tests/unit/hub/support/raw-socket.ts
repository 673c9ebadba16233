import WebSocket from 'ws';
import { REP_ID_HEADER, type FloorEvent, type RepHello } from '../../../../shared/floor/protocol';
import { hubSocketUrl } from '../../../../electron/core/floor/outbox/hub-url';
import { rawDataToText } from '../../../../electron/core/platform/net/ws-text';

export interface Closed {
  code: number;
  reason: string;
}

/** A hand-driven socket to the hub: the tests speak the protocol (and break it) themselves. */
export class RawSocket {
  private readonly queue: unknown[] = [];
  private readonly waiting: ((message: unknown) => void)[] = [];
  readonly closed: Promise<Closed>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message: unknown = JSON.parse(rawDataToText(data));
      const waiter = this.waiting.shift();
      if (waiter) waiter(message);
      else this.queue.push(message);
    });
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  /** Resolves with the socket once open, or with the HTTP status the hub refused it with. */
  static open(
    hubUrl: string,
    path: string,
    headers: Record<string, string>,
    tls: { ca?: string } = {},
  ): Promise<RawSocket | { refused: number }> {
    const ws = new WebSocket(hubSocketUrl(hubUrl, path), { headers, ...tls });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawSocket(ws)));
      ws.once('unexpected-response', (_request, response) => {
        resolve({ refused: response.statusCode ?? 0 });
        ws.terminate();
      });
      ws.once('error', reject);
    });
  }

  static async rep(hubUrl: string, repId: string, key: string | null): Promise<RawSocket> {
    const headers: Record<string, string> = { [REP_ID_HEADER]: repId };
    if (key !== null) headers.authorization = `Bearer ${key}`;
    const socket = await RawSocket.open(hubUrl, '/rep', headers);
    if (!(socket instanceof RawSocket)) throw new Error(`refused with ${socket.refused}`);
    return socket;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  hello(repId: string, streamId: string, repName = repId, timeZone = 'UTC'): void {
    const hello: RepHello = { type: 'hello', protocol: 1, repId, repName, timeZone, streamId };
    this.send(hello);
  }

  event(event: FloorEvent): void {
    this.send({ type: 'event', event });
  }

  next<T = Record<string, unknown>>(): Promise<T> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued as T);
    return new Promise((resolve) => this.waiting.push((message) => resolve(message as T)));
  }

  /** Skips messages until an ack covering `seq` arrives. */
  async ackedUpTo(seq: number): Promise<void> {
    for (;;) {
      const message = await this.next<{ type: string; upToSeq?: number }>();
      if (message.type === 'ack' && (message.upToSeq ?? 0) >= seq) return;
    }
  }

  close(): Promise<Closed> {
    this.ws.close();
    return this.closed;
  }
}
