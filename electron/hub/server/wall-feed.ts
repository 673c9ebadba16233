import type { ServerResponse } from 'node:http';
import type { FloorView } from '../../../shared/floor/floor-view';
import type { Logger } from '../../core/platform/log/logger';
import { logSocketError } from '../../core/platform/net/socket-errors';
import { renderWallFloor } from '../wall/render-wall';
import type { FloorService } from './floor-service';

const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** Wall screens follow the floor over server-sent events: each push is rendered once for all. */
export class WallFeed {
  private readonly clients = new Set<ServerResponse>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly floor: Pick<FloorService, 'view' | 'subscribe'>,
    private readonly log: Logger,
  ) {}

  attach(response: ServerResponse): void {
    this.clients.add(response);
    response.on('error', (error) => logSocketError(this.log, 'wall screen stream error', error));
    this.unsubscribe ??= this.floor.subscribe((view) => this.publish(view));
    response.on('close', () => {
      this.clients.delete(response);
      if (this.clients.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = null;
      }
    });
    response.write('retry: 2000\n\n');
    this.write(response, this.frame(this.floor.view()));
  }

  closeAll(): void {
    for (const response of this.clients) response.end();
  }

  private publish(view: FloorView): void {
    const frame = this.frame(view);
    for (const response of this.clients) this.write(response, frame);
  }

  private frame(view: FloorView): string {
    return `event: floor\ndata: ${JSON.stringify(renderWallFloor(view))}\n\n`;
  }

  /** A stream already ended (closeAll) stays listed until it closes; writing to it is an error. */
  private write(response: ServerResponse, frame: string): void {
    if (response.writableEnded || response.destroyed) return;
    if (response.writableLength < MAX_BUFFERED_BYTES) response.write(frame);
  }
}
