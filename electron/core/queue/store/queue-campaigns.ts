import { parseCampaignRules, type CampaignRules } from '../campaign-rules';
import type { Logger } from '../../platform/log/logger';
import { CampaignRepository } from '../../campaigns';
import { queuedPartitions, warmFirstPages } from './queue-candidates';
import { StoredRuleBook, type LeadCallingRules, type RuleBookSource } from '../calling-rules';
import type { Store } from '../../platform/store/store';

/** Queued leads of one zone under one set of calling rules: one part of the queue's index. */
export interface QueuePartition {
  timeZone: string;
  /** `calling_regions`: the country and the states whose rules apply ("US FL"). */
  regions: string;
  calling: LeadCallingRules;
}

export interface QueueCampaign {
  id: string;
  rules: CampaignRules;
  /** Zones × calling regions the campaign has queued leads in; only the open ones are read. */
  partitions: readonly QueuePartition[];
}

/** How long campaign rules and zones are reused before they are read again. */
const REFRESH_AFTER_MS = 30_000;

/**
 * The campaigns the rep dials, with their parsed rules and queue zones, cached: the next-lead
 * look-up runs on every call and must not re-read them. A campaign whose stored rules do not
 * parse is left out (and logged): dialing it under guessed rules could break its calling window.
 */
export class QueueCampaigns {
  private cache: { at: number; campaigns: Map<string, QueueCampaign> } | null = null;
  private loading: Promise<Map<string, QueueCampaign>> | null = null;
  /** Bumped by invalidate(), so a read that started before it does not refill the cache. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly monotonicNow: () => number = () => performance.now(),
    /** The calling rules in force: the shipped table and admins' edits. */
    readonly ruleBook: RuleBookSource = new StoredRuleBook(store),
  ) {}

  async all(): Promise<QueueCampaign[]> {
    return [...(await this.current()).values()];
  }

  async rulesFor(campaignId: string): Promise<CampaignRules | null> {
    return (await this.current()).get(campaignId)?.rules ?? null;
  }

  /** Forget what is cached: an import added leads in new zones, or rules were edited. */
  invalidate(): void {
    this.cache = null;
    this.loading = null;
    this.generation++;
  }

  private async current(): Promise<Map<string, QueueCampaign>> {
    const cache = this.cache;
    if (cache && this.monotonicNow() - cache.at < REFRESH_AFTER_MS) return cache.campaigns;
    if (!this.loading) {
      const loading = this.load(this.generation).finally(() => {
        if (this.loading === loading) this.loading = null;
      });
      this.loading = loading;
    }
    return this.loading;
  }

  private async load(generation: number): Promise<Map<string, QueueCampaign>> {
    const started = this.monotonicNow();
    const campaigns = new Map<string, QueueCampaign>();
    const book = await this.ruleBook.current();
    for (const { id, rulesJson } of await new CampaignRepository(this.store).rulesJson()) {
      const rules = parseStoredRules(rulesJson);
      if (!rules.ok) {
        this.log.error('campaign rules do not parse; the campaign is not dialed', {
          campaignId: id,
          problem: rules.message,
        });
        continue;
      }
      const partitions = await queuedPartitions(this.store, id);
      const zones = new Set(partitions.map((part) => part.timeZone)).size;
      await warmFirstPages(this.store, id, zones, partitions.length);
      campaigns.set(id, {
        id,
        rules: rules.value,
        partitions: partitions.map((part) => ({
          ...part,
          calling: book.forRegions(part.regions),
        })),
      });
    }
    if (generation === this.generation) this.cache = { at: started, campaigns };
    return campaigns;
  }
}

function parseStoredRules(
  json: string,
): { ok: true; value: CampaignRules } | { ok: false; message: string } {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const parsed = parseCampaignRules(input);
  return parsed.ok ? parsed : { ok: false, message: parsed.error.message };
}
