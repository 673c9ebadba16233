import crypto from 'node:crypto';
import type { WebSocket } from 'ws';
import { HUB_CLOSE, type HubToRepMessage, type RepHello } from '../../../shared/floor/protocol';
import { parseMessage, repMessageSchema } from '../../../shared/floor/validators';
import type { Logger } from '../../core/platform/log/logger';
import { logSocketError } from '../../core/platform/net/socket-errors';
import type { TeamCampaignPush } from '../pool/campaigns/team-campaign-push';
import type { PoolService } from '../pool/pool-service';
import type { HubStore } from '../store/hub-store';
import { rawDataToText } from '../../core/platform/net/ws-text';
import type { EventIngest } from './event-ingest';
import type { FloorService } from './floor-service';
import type { RepEscalationFeed } from './rep-escalation-feed';
import type { StreamCursor } from './stream-cursor';

export interface RepChannelDeps {
  store: HubStore;
  ingest: EventIngest;
  floor: FloorService;
  /** The rep's escalations and their answers, sent to apps that show them. */
  escalations: RepEscalationFeed;
  log: Logger;
  now: () => number;
  /** The open socket of each rep: a newer connection replaces an older one. */
  sockets: Map<string, WebSocket>;
  /** A rep that has not said hello by then is closed: it holds a socket but no stream. */
  helloTimeoutMs: number;
  /** The team pool: offers, leases, revokes and team DNC over this socket, and pool-dial. */
  pool?: Pick<PoolService, 'repWelcomed' | 'repGone' | 'handle'>;
  /** Reps that say which team campaigns they hold follow them from welcome on. */
  teamCampaigns?: Pick<TeamCampaignPush, 'follow'>;
}

/**
 * One rep's socket, already authenticated as `repId`. The rep says hello, the hub answers with
 * the last seq it stored for the rep's stream, then the rep streams events in seq order and the
 * hub acknowledges what is durable. Anything else closes the socket with a reason.
 */
export function serveRepSocket(ws: WebSocket, repId: string, deps: RepChannelDeps): void {
  const { log } = deps;
  let phase: 'hello' | 'welcoming' | 'open' | 'closed' = 'hello';
  let cursor: StreamCursor | null = null;
  let detachEscalations: (() => void) | null = null;
  const connectionId = crypto.randomUUID();

  const send = (message: HubToRepMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const refuse = (code: number, reason: string, fields: Record<string, unknown> = {}) => {
    log.warn('hub refused a rep message', { repId, reason, ...fields });
    phase = 'closed';
    ws.close(code, reason.slice(0, 120));
  };
  const helloDeadline = setTimeout(() => {
    if (phase === 'hello') {
      refuse(HUB_CLOSE.badHello, `No hello within ${deps.helloTimeoutMs} ms.`);
    }
  }, deps.helloTimeoutMs);
  helloDeadline.unref();

  ws.on('message', (data) => {
    if (phase === 'closed') return;
    const parsed = parseMessage(repMessageSchema, rawDataToText(data));
    if (!parsed.ok) return refuse(HUB_CLOSE.malformed, `Malformed message: ${parsed.error}`);
    const message = parsed.value;
    if (message.type === 'hello') {
      if (phase !== 'hello') return refuse(HUB_CLOSE.badHello, 'hello was already received');
      if (message.repId !== repId) {
        return refuse(HUB_CLOSE.forbidden, `This connection may only publish as ${repId}.`, {
          claimed: message.repId,
        });
      }
      phase = 'welcoming';
      clearTimeout(helloDeadline);
      void welcome(message).catch((error: unknown) =>
        refuse(
          HUB_CLOSE.unavailable,
          `The hub could not register the rep: ${(error as Error).message}`,
        ),
      );
      return;
    }
    if (phase !== 'open' || !cursor) return refuse(HUB_CLOSE.badHello, 'event before welcome');
    // The pool's messages (docs/TEAM_POOL.md) are the pool service's, not the event stream's.
    if (message.type !== 'event') return deps.pool?.handle(repId, message);
    const { event } = message;
    if (event.repId !== repId) {
      return refuse(HUB_CLOSE.forbidden, `This connection may only publish as ${repId}.`, {
        claimed: event.repId,
        eventId: event.eventId,
      });
    }
    const verdict = deps.ingest.offer(cursor, event);
    if (verdict.kind === 'duplicate' && event.seq <= verdict.durableSeq) {
      send({ type: 'ack', upToSeq: verdict.durableSeq });
    } else if (verdict.kind === 'gap') {
      refuse(
        HUB_CLOSE.outOfOrder,
        `Out of order: expected seq ${verdict.expectedSeq}, got ${event.seq}.`,
      );
    }
  });

  async function welcome(hello: RepHello): Promise<void> {
    const identity = { repId, repName: hello.repName, timeZone: hello.timeZone };
    const storedSeq = await deps.store.repConnected(
      identity,
      hello.streamId,
      connectionId,
      deps.now(),
    );
    if (phase === 'closed') {
      markGone();
      return;
    }
    const previous = deps.sockets.get(repId);
    if (previous && previous !== ws)
      previous.close(HUB_CLOSE.replaced, 'Replaced by a newer connection of this rep.');
    deps.sockets.set(repId, ws);

    cursor = deps.ingest.cursor(repId, hello.streamId, storedSeq);
    cursor.listener = {
      durable: (upToSeq) => send({ type: 'ack', upToSeq }),
      failed: (reason) => refuse(HUB_CLOSE.unavailable, reason),
    };
    deps.floor.repConnected(identity, cursor.durableSeq);
    phase = 'open';
    send({ type: 'welcome', repId, streamId: hello.streamId, ackedSeq: cursor.durableSeq });
    if (hello.escalationAnswers) detachEscalations = deps.escalations.attach(repId, send);
    deps.pool?.repWelcomed(repId, send, hello.dncCursor ?? 0);
    if (hello.campaignsVersion !== undefined) {
      deps.teamCampaigns?.follow(ws, hello.campaignsVersion);
    }
    log.info('rep connected', { repId, streamId: hello.streamId, ackedSeq: cursor.durableSeq });
  }

  ws.on('error', (error) => logSocketError(log, 'rep socket error', error, { repId }));
  ws.on('close', () => {
    phase = 'closed';
    clearTimeout(helloDeadline);
    detachEscalations?.();
    if (cursor?.listener && deps.sockets.get(repId) === ws) cursor.listener = null;
    if (deps.sockets.get(repId) === ws) {
      deps.sockets.delete(repId);
      deps.floor.repDisconnected(repId);
      deps.pool?.repGone(repId, send);
      markGone();
    }
  });

  /** The other nodes see the rep offline; a newer socket of the rep on any node wins. */
  function markGone(): void {
    deps.store.repDisconnected(repId, connectionId).catch((error: unknown) =>
      log.warn('hub could not record a rep leaving', {
        repId,
        error: (error as Error).message,
      }),
    );
  }
}
