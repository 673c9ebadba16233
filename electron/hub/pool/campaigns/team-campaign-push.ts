import type { WebSocket } from 'ws';
import type { TeamCampaignsMessage } from '../../../../shared/floor/protocol';
import type { TeamCampaignBook } from './team-campaign-book';

/**
 * Sends the team campaigns to the reps on this node that follow them: after welcome unless the
 * rep already holds their version, then on every change made on any node (each node reloads its
 * book on the hub's signal). A rep that says no campaignsVersion in hello is an app that
 * predates team campaigns and would refuse the message, so it is not sent one.
 */
export class TeamCampaignPush {
  private readonly followers = new Set<WebSocket>();

  constructor(private readonly book: Pick<TeamCampaignBook, 'list' | 'version' | 'subscribe'>) {
    book.subscribe(() => {
      const text = JSON.stringify(this.message());
      for (const ws of this.followers) if (ws.readyState === ws.OPEN) ws.send(text);
    });
  }

  follow(ws: WebSocket, heldVersion: number): void {
    this.followers.add(ws);
    ws.once('close', () => this.followers.delete(ws));
    if (heldVersion !== this.book.version() && ws.readyState === ws.OPEN) {
      ws.send(JSON.stringify(this.message()));
    }
  }

  private message(): TeamCampaignsMessage {
    return { type: 'team-campaigns', campaigns: this.book.list(), version: this.book.version() };
  }
}
