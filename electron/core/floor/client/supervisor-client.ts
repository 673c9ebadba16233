import type { EscalationAnswerInput } from '../../../../shared/floor/escalation';
import WebSocket from 'ws';
import type { TeamCampaign, TeamCampaignPatch } from '../../../../shared/domain/team-campaign';
import { z } from 'zod';
import type { Clock, TimerHandle } from '../../../../shared/clock';
import type { FloorView } from '../../../../shared/floor/floor-view';
import type { WallToken } from '../../../../shared/floor/wall-tokens';
import { HUB_PATHS } from '../../../../shared/floor/protocol';
import type { ViewerCommand, ViewerMessage } from '../../../../shared/floor/viewer-protocol';
import { fail, ok, type Result } from '../../../../shared/result';
import { silentLogger, type Logger } from '../../platform/log/logger';
import { systemClock } from '../../platform/system-clock';
import { rawDataToText } from '../../platform/net/ws-text';
import { Backoff, DEFAULT_BACKOFF, type BackoffOptions } from '../outbox/backoff';
import { parseHubAddresses } from '../../../../shared/floor/hub-addresses';
import { hubSocketUrl } from '../outbox/hub-url';

export interface SupervisorClientOptions {
  hubUrl: string;
  teamToken: string;
  tls?: { ca?: string | Buffer; rejectUnauthorized?: boolean };
  clock?: Clock;
  log?: Logger;
  backoff?: BackoffOptions;
  /** Called on every connect and disconnect. */
  onConnection?: (connected: boolean, error: string | null) => void;
}

/** The hub is trusted (it holds the team token too); only the envelope is checked. */
const viewerMessageSchema = z.union([
  z.object({ type: z.literal('floor'), view: z.object({ version: z.number() }).passthrough() }),
  z.object({
    type: z.literal('result'),
    requestId: z.number(),
    ok: z.boolean(),
    error: z.string().optional(),
    value: z.unknown().optional(),
  }),
]);

/**
 * A supervisor's view of a remote hub (a headless one on a server): floor views as the hub
 * pushes them, and acknowledgements of alerts and answers to escalations. Reconnects by itself.
 */
export class SupervisorClient {
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly backoff: Backoff;
  private readonly listeners = new Set<(view: FloorView) => void>();
  private readonly requests = new Map<number, (result: Result<unknown>) => void>();
  private current: WebSocket | null = null;
  private latestView: FloorView | null = null;
  private nextRequestId = 1;
  private stopped = true;
  private retryTimer: TimerHandle | null = null;

  constructor(private readonly options: SupervisorClientOptions) {
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? silentLogger;
    this.backoff = new Backoff(options.backoff ?? DEFAULT_BACKOFF);
    this.log.redact(options.teamToken);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  latest(): FloorView | null {
    return this.latestView;
  }

  onView(listener: (view: FloorView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first view (the latest one included) that satisfies the predicate. */
  whenView(predicate: (view: FloorView) => boolean): Promise<FloorView> {
    if (this.latestView && predicate(this.latestView)) return Promise.resolve(this.latestView);
    return new Promise((resolve) => {
      const off = this.onView((view) => {
        if (!predicate(view)) return;
        off();
        resolve(view);
      });
    });
  }

  acknowledgeAlert(alertId: string, by: string): Promise<Result<void>> {
    return this.request((requestId) => ({ type: 'acknowledge-alert', requestId, alertId, by }));
  }

  answerEscalation(
    escalationId: string,
    answer: EscalationAnswerInput,
    by: string,
  ): Promise<Result<void>> {
    return this.request((requestId) => ({
      type: 'answer-escalation',
      requestId,
      escalationId,
      answer,
      by,
    }));
  }

  snoozeRep(repId: string, minutes: number, by: string): Promise<Result<void>> {
    return this.request((requestId) => ({ type: 'snooze-rep', requestId, repId, minutes, by }));
  }

  wallTokens(): Promise<Result<WallToken[]>> {
    return this.request((requestId) => ({ type: 'list-wall-tokens', requestId }));
  }

  createWallToken(label: string, by: string): Promise<Result<WallToken>> {
    return this.request((requestId) => ({ type: 'create-wall-token', requestId, label, by }));
  }

  revokeWallToken(tokenId: string, by: string): Promise<Result<WallToken>> {
    return this.request((requestId) => ({ type: 'revoke-wall-token', requestId, tokenId, by }));
  }

  teamCampaigns(): Promise<Result<TeamCampaign[]>> {
    return this.request((requestId) => ({ type: 'list-team-campaigns', requestId }));
  }

  createTeamCampaign(name: string, by: string): Promise<Result<TeamCampaign>> {
    return this.request((requestId) => ({ type: 'create-team-campaign', requestId, name, by }));
  }

  updateTeamCampaign(
    campaignId: string,
    version: number,
    patch: TeamCampaignPatch,
    by: string,
  ): Promise<Result<TeamCampaign>> {
    return this.request((requestId) => ({
      type: 'update-team-campaign',
      requestId,
      campaignId,
      version,
      patch,
      by,
    }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.retryTimer?.cancel();
    const ws = this.current;
    this.current = null;
    for (const settle of this.requests.values()) settle(fail('unavailable', 'The client stopped.'));
    this.requests.clear();
    if (ws && ws.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close(1000);
      });
    }
  }

  /** The hub answers each command once; its value is the command's (none for acknowledgements). */
  private request<T = void>(build: (requestId: number) => ViewerCommand): Promise<Result<T>> {
    const ws = this.current;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      return Promise.resolve(fail('unavailable', 'Not connected to the hub.'));
    }
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.requests.set(requestId, resolve as (result: Result<unknown>) => void);
      ws.send(JSON.stringify(build(requestId)));
    });
  }

  /** Several hub nodes of one floor: each shows the whole floor, so any one that answers will do. */
  private addressIndex = 0;

  private connect(): void {
    const addresses = parseHubAddresses(this.options.hubUrl);
    const address = addresses[this.addressIndex % addresses.length] ?? this.options.hubUrl;
    const ws = new WebSocket(hubSocketUrl(address, HUB_PATHS.floor), {
      headers: { authorization: `Bearer ${this.options.teamToken}` },
      handshakeTimeout: 10_000,
      perMessageDeflate: false,
      ...(this.options.tls ?? {}),
    });
    this.current = ws;
    let lastError: string | null = null;
    let opened = false;
    ws.on('open', () => {
      opened = true;
      this.backoff.reset();
      this.options.onConnection?.(true, null);
    });
    ws.on('message', (data) => this.receive(rawDataToText(data)));
    ws.on('error', (error) => (lastError = error.message));
    ws.on('close', () => {
      if (this.current !== ws) return;
      this.current = null;
      for (const settle of this.requests.values())
        settle(fail('unavailable', 'The hub went away.'));
      this.requests.clear();
      this.options.onConnection?.(false, lastError);
      if (this.stopped) return;
      this.addressIndex++;
      const moveAtOnce = opened && addresses.length > 1;
      this.retryTimer = this.clock.setTimer(
        () => {
          if (!this.stopped) this.connect();
        },
        moveAtOnce ? 0 : this.backoff.next(),
      );
    });
  }

  private receive(text: string): void {
    let message: ViewerMessage;
    try {
      message = viewerMessageSchema.parse(JSON.parse(text)) as ViewerMessage;
    } catch {
      this.log.warn('the hub sent a message this client does not understand');
      return;
    }
    if (message.type === 'floor') {
      this.latestView = message.view;
      for (const listener of this.listeners) listener(message.view);
      return;
    }
    const settle = this.requests.get(message.requestId);
    this.requests.delete(message.requestId);
    settle?.(message.ok ? ok(message.value) : fail('conflict', message.error));
  }
}
