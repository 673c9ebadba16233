import type { Clock } from '../../../../shared/clock';
import type { HubPushMessage, TeamCampaignsMessage } from '../../../../shared/floor/protocol';
import type { HubChannel } from '../../floor';
import type { Logger } from '../../platform/log/logger';
import { SerialQueue } from '../../platform/concurrency/serial-queue';
import type { Store } from '../../platform/store/store';
import { TeamCampaignRows } from './team-campaign-rows';

export interface TeamCampaignsDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** Team campaigns were written: the queue's rules, the outcome keys and the views follow. */
  changed: () => void;
}

/**
 * The rep's copy of the team campaigns. The hub sends them all after welcome (unless the rep
 * already holds their version, said in hello) and on every change; each newer one is written in
 * the rep's store like a campaign of the rep's own, marked as the team's, in one write. From then
 * on the queue dials its leads by its rules and the outcome bar shows its outcomes, hub or not.
 */
export class TeamCampaigns implements HubChannel {
  private readonly serial = new SerialQueue();

  constructor(private readonly deps: TeamCampaignsDeps) {}

  async hello(): Promise<{ campaignsVersion: number }> {
    return { campaignsVersion: await TeamCampaignRows.heldVersion(this.deps.store) };
  }

  received(message: HubPushMessage): void {
    if (message.type === 'team-campaigns') void this.serial.run(() => this.apply(message));
  }

  /** Resolves once everything received so far is stored (tests). */
  settled(): Promise<void> {
    return this.serial.drained();
  }

  private async apply(message: TeamCampaignsMessage): Promise<void> {
    const { store, clock, log } = this.deps;
    try {
      const stored = await TeamCampaignRows.current(store);
      const newer = message.campaigns.filter(
        (campaign) => (stored.get(campaign.id)?.teamVersion ?? -1) < campaign.version,
      );
      if (newer.length === 0) return;
      const now = clock.now();
      await store.write(
        newer.flatMap((campaign) =>
          TeamCampaignRows.mirrorStatements(campaign, stored.get(campaign.id), now),
        ),
      );
      log.info('team campaigns updated from the hub', {
        campaigns: newer.map((campaign) => campaign.id),
        version: message.version,
      });
    } catch (error) {
      // Nothing was written: the rep keeps the version it had and says so in the next hello.
      log.warn('team campaigns could not be stored', { error: (error as Error).message });
      return;
    }
    this.deps.changed();
  }
}
