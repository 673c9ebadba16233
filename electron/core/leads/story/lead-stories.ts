import { DAY_MS, type Clock } from '../../../../shared/clock';
import type { LeadId } from '../../../../shared/domain/lead';
import type { LeadStory } from '../../../../shared/domain/lead-story';
import { DomainError } from '../../../../shared/result';
import { DncRepository } from '../../dnc';
import type { Store } from '../../platform/store/store';
import { readLeadForDial, type QueueCampaigns } from '../../queue/store';
import { StoreNumberDials, describeRule, type NumberDialHistory } from '../../queue/calling-rules';
import { rowToLead } from '../lead-rows';
import { queueStanding } from './queue-standing';
import { attemptsOf, callbackChangesOf, campaignNameOf, leadChangesOf } from './story-reads';

export interface LeadStoriesDeps {
  store: Store;
  clock: Clock;
  campaigns: QueueCampaigns;
  isTaken: (leadId: LeadId) => boolean;
  repTimeZone: () => string;
  /** The number's dials for the caps per 24 hours: this store's unless the team's is given. */
  numberDials?: NumberDialHistory;
}

/** The lead's page: its fields, every dial, every change, the DNC list and the queue's verdict. */
export class LeadStories {
  constructor(private readonly deps: LeadStoriesDeps) {}

  async story(leadId: LeadId): Promise<LeadStory> {
    const { store, campaigns } = this.deps;
    const row = await readLeadForDial(store, leadId);
    if (!row) throw new DomainError('not-found', `There is no lead #${leadId}.`);
    const lead = rowToLead(row);
    const [attempts, callbackChanges, changes, dnc, campaignName, rules, all] = await Promise.all([
      attemptsOf(store, leadId),
      callbackChangesOf(store, leadId),
      leadChangesOf(store, leadId),
      new DncRepository(store).entry(lead.phoneE164),
      campaignNameOf(store, lead.campaignId),
      campaigns.rulesFor(lead.campaignId),
      campaigns.all(),
    ]);
    const now = this.deps.clock.now();
    const calling = (await campaigns.ruleBook.current()).forRegions(row.calling_regions);
    const numberDials = this.deps.numberDials ?? new StoreNumberDials(store);
    const queue = await queueStanding({
      store,
      lead,
      dnc,
      rules,
      campaigns: all,
      isTaken: this.deps.isTaken,
      now,
      repTimeZone: this.deps.repTimeZone(),
      calling,
      dialsOfNumber: await numberDials.dialsSince(lead.phoneE164, now - DAY_MS),
    });
    return {
      lead,
      campaignName,
      attempts,
      callbackChanges,
      changes,
      dnc: dnc && {
        phoneE164: dnc.phoneE164,
        addedAt: dnc.addedAt,
        reason: dnc.reason,
        source: dnc.source,
        addedBy: dnc.addedBy,
      },
      queue,
      callingRules: calling.missingRegion
        ? [`Unknown: ${calling.missingRegion}.`]
        : calling.rules.map(describeRule),
    };
  }
}
