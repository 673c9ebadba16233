import type { WebSocket } from 'ws';
import type { FloorView } from '../../../shared/floor/floor-view';
import type {
  ViewerCommand,
  ViewerMessage,
  ViewerResultValue,
} from '../../../shared/floor/viewer-protocol';
import { parseMessage, viewerCommandSchema } from '../../../shared/floor/validators';
import type { Logger } from '../../core/platform/log/logger';
import { logSocketError } from '../../core/platform/net/socket-errors';
import { rawDataToText } from '../../core/platform/net/ws-text';
import { fail, ok, type Result } from '../../../shared/result';
import type { TeamCampaignBook } from '../pool/campaigns/team-campaign-book';
import type { PoolService } from '../pool/pool-service';
import type { FloorService } from './floor-service';
import type { WallAccess } from './wall-access';

const noWalls = () => fail('unavailable', 'This hub does not manage wall screens.');
const noCampaigns = () => fail('unavailable', 'This hub does not manage team campaigns.');
const noPool = () => fail('unavailable', 'This hub has no team pool.');

/** The commands whose answer carries what they made, changed or listed. */
const VALUE_ANSWERS: ReadonlySet<ViewerCommand['type']> = new Set([
  'list-wall-tokens',
  'create-wall-token',
  'revoke-wall-token',
  'list-team-campaigns',
  'create-team-campaign',
  'update-team-campaign',
]);

/** A client that has not read this much of what it was sent skips views until it catches up. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Supervisor clients over WebSocket: each push is serialized once for all of them. They may
 * acknowledge alerts, answer escalations; the wall screen uses its own read-only feed.
 */
export class FloorFeed {
  private readonly sockets = new Set<WebSocket>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly floor: Pick<
      FloorService,
      'view' | 'subscribe' | 'acknowledgeAlert' | 'answerEscalation' | 'snoozeRep'
    >,
    private readonly log: Logger,
    private readonly walls?: Pick<WallAccess, 'list' | 'create' | 'revoke'>,
    private readonly now: () => number = Date.now,
    private readonly campaigns?: Pick<TeamCampaignBook, 'list' | 'create' | 'update'>,
    private readonly pool?: Pick<PoolService, 'addDnc'>,
  ) {}

  serve(ws: WebSocket): void {
    this.sockets.add(ws);
    this.unsubscribe ??= this.floor.subscribe((view) => this.publish(view));
    ws.on('message', (data) => {
      const parsed = parseMessage(viewerCommandSchema, rawDataToText(data));
      if (!parsed.ok) {
        this.log.warn('hub refused a supervisor message', { reason: parsed.error });
        ws.close(1008, 'Malformed message');
        return;
      }
      void this.run(parsed.value).then((reply) => this.send(ws, reply));
    });
    ws.on('error', (error) => logSocketError(this.log, 'supervisor socket error', error));
    ws.on('close', () => {
      this.sockets.delete(ws);
      if (this.sockets.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = null;
      }
    });
    this.send(ws, { type: 'floor', view: this.floor.view() });
  }

  closeAll(): void {
    for (const ws of this.sockets) ws.close(1001, 'The hub is shutting down.');
  }

  /** A store that fails (or closed at shutdown) is an answer to this supervisor, not a crash. */
  private async run(command: ViewerCommand): Promise<ViewerMessage> {
    let result: Result<unknown>;
    try {
      result = await this.execute(command);
    } catch (error) {
      const reason = (error as Error).message;
      this.log.error('hub could not store an acknowledgement', { error: reason });
      return {
        type: 'result',
        requestId: command.requestId,
        ok: false,
        error: `The hub could not store it (${reason}); try again.`,
      };
    }
    if (!result.ok) {
      return {
        type: 'result',
        requestId: command.requestId,
        ok: false,
        error: result.error.message,
      };
    }
    return VALUE_ANSWERS.has(command.type)
      ? {
          type: 'result',
          requestId: command.requestId,
          ok: true,
          value: result.value as ViewerResultValue,
        }
      : { type: 'result', requestId: command.requestId, ok: true };
  }

  private async execute(command: ViewerCommand): Promise<Result<unknown>> {
    switch (command.type) {
      case 'acknowledge-alert':
        return this.floor.acknowledgeAlert(command.alertId, command.by);
      case 'acknowledge-escalation':
        return this.floor.answerEscalation(
          command.escalationId,
          { kind: 'acknowledged', text: null },
          command.by,
        );
      case 'answer-escalation':
        return this.floor.answerEscalation(command.escalationId, command.answer, command.by);
      case 'snooze-rep':
        await this.floor.snoozeRep(command.repId, command.minutes, command.by);
        return ok(null);
      case 'list-wall-tokens':
        return this.walls ? ok(this.walls.list()) : noWalls();
      case 'create-wall-token':
        return this.walls
          ? ok(await this.walls.create(command.label, command.by, this.now()))
          : noWalls();
      case 'revoke-wall-token':
        return this.walls ? this.walls.revoke(command.tokenId, command.by, this.now()) : noWalls();
      case 'list-team-campaigns':
        return this.campaigns ? ok(this.campaigns.list()) : noCampaigns();
      case 'create-team-campaign':
        return this.campaigns ? this.campaigns.create(command.name, command.by) : noCampaigns();
      case 'update-team-campaign':
        return this.campaigns
          ? this.campaigns.update(command.campaignId, command.version, command.patch, command.by)
          : noCampaigns();
      case 'add-team-dnc':
        // A number already listed keeps its first entry: adding it again is not an error.
        if (!this.pool) return noPool();
        await this.pool.addDnc(command.phoneE164, command.by, command.reason);
        return ok(null);
    }
  }

  private publish(view: FloorView): void {
    const text = JSON.stringify({ type: 'floor', view } satisfies ViewerMessage);
    for (const ws of this.sockets) {
      if (ws.readyState === ws.OPEN && ws.bufferedAmount < MAX_BUFFERED_BYTES) ws.send(text);
    }
  }

  private send(ws: WebSocket, message: ViewerMessage): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }
}
