import WebSocket from 'ws';
import type { Clock, TimerHandle } from '../../../../shared/clock';
import {
  FLOOR_PROTOCOL_VERSION,
  HUB_PATHS,
  MAX_FLOOR_MESSAGE_BYTES,
  REP_ID_HEADER,
  type FloorEvent,
  type FloorEventBody,
  type HubPushMessage,
  type RepHello,
  type RepMessage,
  type RepPushMessage,
} from '../../../../shared/floor/protocol';
import type { RepEscalation } from '../../../../shared/floor/escalation';
import { hubToRepMessageSchema, parseMessage } from '../../../../shared/floor/validators';
import { silentLogger, type Logger } from '../../platform/log/logger';
import { systemClock } from '../../platform/system-clock';
import { deriveRepKey } from '../../../hub/auth/rep-key';
import { rawDataToText } from '../../platform/net/ws-text';
import { Backoff, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { parseHubAddresses } from '../../../../shared/floor/hub-addresses';
import { hubSocketUrl } from './hub-url';
import type { Outbox, OutboxEntry } from './outbox';

/**
 * How the rep proves who they are. `repKey` (HMAC of the team token and the rep id, from
 * `npm run hub -- --rep-key ID`) binds the app to one rep; `teamToken` is simpler to hand out
 * but lets whoever holds it sign in as any rep.
 */
export type HubCredential = { repKey: string } | { teamToken: string };

/** What rides on the connection besides the outbox: the team pool, the team's DNC list, … */
export interface HubChannel {
  /** What the rep already holds, said in hello so the hub sends only the rest. */
  hello?(): Promise<Partial<Pick<RepHello, 'dncCursor' | 'campaignsVersion'>>>;
  /** A message for this channel (each channel sees every one and takes its own). */
  received(message: HubPushMessage): void;
  /** Welcomed by the hub: a way to send until the connection is lost (then null). */
  connectedChanged?(link: HubLink | null): void;
}

export interface HubLink {
  /** Sends now; false when the connection is gone (nothing is queued). */
  send(message: RepPushMessage): boolean;
}

export interface HubConnectionOptions {
  /** http(s)://host:port of the hub, or of several hub nodes separated by commas. */
  hubUrl: string;
  repId: string;
  repName: string;
  /** The rep's IANA zone ("today" for their numbers). */
  timeZone: string;
  credential: HubCredential;
  outbox: Outbox;
  clock?: Clock;
  log?: Logger;
  /** For a hub with a self-signed certificate: its certificate as the trusted CA. */
  tls?: { ca?: string | Buffer; rejectUnauthorized?: boolean };
  backoff?: BackoffOptions;
  /** Events sent but not yet acknowledged, at most. */
  window?: number;
  onStatus?: (status: HubConnectionStatus) => void;
  /** The hub sent this rep's escalations (on connecting, and when one is raised or answered). */
  onEscalations?: (escalations: RepEscalation[]) => void;
  channels?: readonly HubChannel[];
}

export interface HubConnectionStatus {
  state: 'stopped' | 'connecting' | 'connected' | 'waiting';
  /** Highest seq the hub has stored. */
  ackedSeq: number;
  lastError: string | null;
  /** When the next attempt is due while waiting. */
  retryAt: number | null;
}

const FETCH_LIMIT = 100;
const PING_INTERVAL_MS = 15_000;

/**
 * Delivers the rep's outbox to the hub: in seq order, as fast as the hub acknowledges, with
 * retries and backoff while it is unreachable. An entry is marked delivered only when the hub
 * says it is durably stored; resending one the hub already has changes nothing there, so every
 * event counts exactly once in effect.
 */
export class HubConnection {
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly backoff: Backoff;
  private readonly window: number;
  private current: WebSocket | null = null;
  private generation = 0;
  private phase: HubConnectionStatus['state'] = 'stopped';
  private ackedSeq = 0;
  private sentSeq = 0;
  private lastError: string | null = null;
  private retryAt: number | null = null;
  private retryTimer: TimerHandle | null = null;
  private pingTimer: TimerHandle | null = null;
  private pumping = false;
  private pumpAgain = false;
  /** The hub nodes to try, in turn; the one tried last. */
  private readonly addresses: readonly string[];
  private addressIndex = 0;
  private welcomedOnThisSocket = false;
  /** Channel messages that came before this socket's welcome was handled: given right after. */
  private beforeWelcome: HubPushMessage[] = [];
  private marking: Promise<void> = Promise.resolve();
  private readonly waiters = new Set<{ seq: number; resolve: () => void }>();

  constructor(private readonly options: HubConnectionOptions) {
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? silentLogger;
    this.backoff = new Backoff(options.backoff ?? DEFAULT_BACKOFF);
    this.window = options.window ?? 256;
    this.addresses = parseHubAddresses(options.hubUrl);
    this.log.redact(this.secret());
  }

  start(): void {
    if (this.phase !== 'stopped') return;
    this.connect();
  }

  /** Appends an event to the outbox (durable on return) and sends it when the hub is reachable. */
  async publish(body: FloorEventBody, at: number = this.clock.now()): Promise<OutboxEntry> {
    const entry = await this.options.outbox.append(body, at);
    this.notify();
    return entry;
  }

  /** Something else appended to the outbox (e.g. in the same write as an outcome): send it. */
  notify(): void {
    void this.pump();
  }

  status(): HubConnectionStatus {
    return {
      state: this.phase,
      ackedSeq: this.ackedSeq,
      lastError: this.lastError,
      retryAt: this.retryAt,
    };
  }

  /** Resolves once the hub has stored every event up to `seq` and the outbox knows it. */
  delivered(seq: number): Promise<void> {
    if (seq <= this.ackedSeq) return this.marking;
    return new Promise((resolve) => this.waiters.add({ seq, resolve }));
  }

  async stop(): Promise<void> {
    if (this.phase === 'connected') this.channelsConnected(null);
    this.phase = 'stopped';
    this.generation++;
    this.retryTimer?.cancel();
    this.pingTimer?.cancel();
    this.retryAt = null;
    const ws = this.current;
    this.current = null;
    if (ws && ws.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close(1000, 'The rep app is closing.');
      });
    }
    await this.marking;
    this.report();
  }

  private secret(): string {
    const { credential, repId } = this.options;
    return 'repKey' in credential ? credential.repKey : deriveRepKey(credential.teamToken, repId);
  }

  private connect(): void {
    const generation = ++this.generation;
    this.phase = 'connecting';
    this.retryAt = null;
    this.report();
    this.welcomedOnThisSocket = false;
    this.beforeWelcome = [];
    const ws = new WebSocket(hubSocketUrl(this.hubAddress(), HUB_PATHS.rep), {
      headers: { authorization: `Bearer ${this.secret()}`, [REP_ID_HEADER]: this.options.repId },
      maxPayload: MAX_FLOOR_MESSAGE_BYTES,
      handshakeTimeout: 10_000,
      perMessageDeflate: false,
      ...(this.options.tls ?? {}),
    });
    this.current = ws;
    const live = () => generation === this.generation;

    ws.on('open', () => {
      if (!live()) return;
      void Promise.all([this.options.outbox.streamId(), this.channelHello()]).then(
        ([streamId, held]) => {
          if (live()) {
            this.send({
              type: 'hello',
              protocol: FLOOR_PROTOCOL_VERSION,
              repId: this.options.repId,
              repName: this.options.repName,
              timeZone: this.options.timeZone,
              streamId,
              ...held,
              ...(this.options.onEscalations ? { escalationAnswers: true as const } : {}),
            });
          }
        },
        (error: unknown) => {
          this.lastError = `Could not read what to tell the hub: ${(error as Error).message}`;
          ws.terminate();
        },
      );
    });
    ws.on('message', (data) => {
      if (!live()) return;
      const parsed = parseMessage(hubToRepMessageSchema, rawDataToText(data));
      if (!parsed.ok) {
        this.lastError = `The hub sent a message this app does not understand (${parsed.error}).`;
        ws.terminate();
        return;
      }
      const message = parsed.value;
      if (message.type === 'welcome') void this.welcomed(message.ackedSeq, generation);
      else if (message.type === 'ack') this.acknowledged(message.upToSeq);
      else if (message.type === 'escalations') this.options.onEscalations?.(message.escalations);
      else if (this.welcomedOnThisSocket) this.toChannels(message);
      else this.beforeWelcome.push(message);
    });
    ws.on('error', (error) => {
      if (live()) this.lastError = describeError(error);
    });
    ws.on('close', (code, reason) => {
      if (!live()) return;
      if (code >= 4000) this.lastError = reason.toString() || `closed by the hub (${code})`;
      this.current = null;
      this.pingTimer?.cancel();
      if (this.welcomedOnThisSocket) this.channelsConnected(null);
      this.scheduleRetry(this.moveToNextAddress());
    });
  }

  private async welcomed(hubAckedSeq: number, generation: number): Promise<void> {
    const localDelivered = await this.options.outbox.deliveredSeq();
    if (generation !== this.generation) return;
    // Normally equal; the hub may know less only if it lost its data, and then takes what follows.
    const resumeAfter = Math.max(hubAckedSeq, localDelivered, this.ackedSeq);
    this.acknowledged(resumeAfter);
    this.sentSeq = resumeAfter;
    this.phase = 'connected';
    this.welcomedOnThisSocket = true;
    this.lastError = null;
    this.backoff.reset();
    this.report();
    this.keepAlive(generation);
    this.log.info('connected to the hub', { hubUrl: this.hubAddress(), ackedSeq: hubAckedSeq });
    const link: HubLink = {
      send: (message) => generation === this.generation && this.send(message),
    };
    this.channelsConnected(link);
    this.beforeWelcome.splice(0).forEach((message) => this.toChannels(message));
    void this.pump();
  }

  private async channelHello(): Promise<Partial<RepHello>> {
    const parts = await Promise.all(
      (this.options.channels ?? []).map((channel) => channel.hello?.() ?? Promise.resolve({})),
    );
    return Object.assign({}, ...parts) as Partial<RepHello>;
  }

  private toChannels(message: HubPushMessage): void {
    for (const channel of this.options.channels ?? []) {
      try {
        channel.received(message);
      } catch (error) {
        this.log.warn('a hub message could not be handled', {
          type: message.type,
          error: (error as Error).message,
        });
      }
    }
  }

  private channelsConnected(link: HubLink | null): void {
    for (const channel of this.options.channels ?? []) channel.connectedChanged?.(link);
  }

  private acknowledged(upToSeq: number): void {
    if (upToSeq <= this.ackedSeq) return;
    this.ackedSeq = upToSeq;
    this.marking = this.marking
      .then(() => this.options.outbox.markDelivered(upToSeq))
      .catch((error: unknown) => {
        // The hub has the events; at worst they are resent and ignored there.
        this.log.warn('could not mark outbox entries delivered', {
          error: (error as Error).message,
        });
      });
    const marked = this.marking;
    for (const waiter of this.waiters) {
      if (waiter.seq <= upToSeq) {
        this.waiters.delete(waiter);
        void marked.then(waiter.resolve);
      }
    }
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        while (this.phase === 'connected' && this.sentSeq - this.ackedSeq < this.window) {
          const generation = this.generation;
          const room = this.window - (this.sentSeq - this.ackedSeq);
          const entries = await this.options.outbox.after(
            this.sentSeq,
            Math.min(FETCH_LIMIT, room),
          );
          if (generation !== this.generation || this.phase !== 'connected') break;
          if (entries.length === 0) break;
          for (const entry of entries) {
            this.send({ type: 'event', event: this.toEvent(entry) });
            this.sentSeq = entry.seq;
          }
        }
      } while (this.pumpAgain);
    } catch (error) {
      this.log.warn('could not read the outbox', { error: (error as Error).message });
    } finally {
      this.pumping = false;
    }
  }

  private toEvent(entry: OutboxEntry): FloorEvent {
    return {
      ...entry.body,
      eventId: entry.eventId,
      repId: this.options.repId,
      seq: entry.seq,
      at: entry.at,
    };
  }

  private send(message: RepMessage): boolean {
    const ws = this.current;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(JSON.stringify(message));
    return true;
  }

  private hubAddress(): string {
    return this.addresses[this.addressIndex] ?? this.options.hubUrl;
  }

  /**
   * With several hub nodes, the next one is tried after a failure. True when that should be
   * at once: the node was serving this rep a moment ago, so the others are likely up.
   */
  private moveToNextAddress(): boolean {
    if (this.addresses.length < 2) return false;
    this.addressIndex = (this.addressIndex + 1) % this.addresses.length;
    return this.welcomedOnThisSocket;
  }

  private scheduleRetry(immediately = false): void {
    if (this.phase === 'stopped') return;
    const delay = immediately ? 0 : this.backoff.next();
    this.phase = 'waiting';
    this.retryAt = this.clock.now() + delay;
    this.report();
    this.retryTimer = this.clock.setTimer(() => {
      if (this.phase === 'waiting') this.connect();
    }, delay);
  }

  /** A hub that vanished without closing (power cut, cable) is noticed within two pings. */
  private keepAlive(generation: number): void {
    const ws = this.current;
    if (!ws) return;
    let awaitingPong = false;
    ws.on('pong', () => (awaitingPong = false));
    const schedule = () => {
      this.pingTimer = this.clock.setTimer(() => {
        if (generation !== this.generation) return;
        if (awaitingPong) {
          this.lastError = 'The hub stopped answering.';
          ws.terminate();
          return;
        }
        awaitingPong = true;
        ws.ping();
        schedule();
      }, PING_INTERVAL_MS);
    };
    schedule();
  }

  private report(): void {
    this.options.onStatus?.(this.status());
  }
}

function describeError(error: Error): string {
  const status = /Unexpected server response: (\d+)/.exec(error.message)?.[1];
  if (status === '401' || status === '403') {
    return `The hub refused this rep's credentials (HTTP ${status}): check the hub token in settings.`;
  }
  return `Cannot reach the hub: ${error.message}`;
}
