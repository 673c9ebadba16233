import type { Clock } from '../../../shared/clock';
import type { Attempt } from '../../../shared/domain/attempt';
import type { Disposition } from '../../../shared/domain/disposition';
import { leadDisplayName, type Lead, type LeadId } from '../../../shared/domain/lead';
import { DomainError } from '../../../shared/result';
import type { CampaignRules } from '../queue';
import { isCallable, nextRetryAt } from '../queue';
import { DAY_MS, MINUTE_MS } from '../../../shared/clock';
import {
  StoreNumberDials,
  callingRulesHold,
  capHolding,
  describeHold,
  type NumberDialHistory,
} from '../queue/calling-rules';
import { explainQueuePosition, queueTierOf } from '../queue';
import { AttemptRepository } from './attempt-repository';
import { readLeadForDial, readLeadForOutcome, readUndo } from '../queue/store';
import type { OutcomeLeadRow } from '../queue/store';
import { rowToLead } from '../leads';
import { SerialQueue } from '../platform/concurrency/serial-queue';
import type { Dialability, LeadOffer, LeadSkip, SessionPorts } from './session/session-ports';
import { sql } from '../platform/store/sql';
import type { Store } from '../platform/store/store';
import type { LeadLocks } from './lead-locks';
import { findNextLead } from '../queue/store';
import type { OutcomeCompanion } from './outcome-companion';
import type { DialGate } from './dial-gate';
import { outcomeWrite, undoWrite } from './outcome-writes';
import type { PortChange, PortChangeListener } from '../queue/store';
import type { QueueCampaigns } from '../queue/store';
import { dialedLeadOrigin, type DialedLead } from '../queue/store';
import { skipWrite } from './skip-write';
import { LeadSkipRepository } from '../queue/store';

export interface StoreSessionPortsDeps {
  store: Store;
  campaigns: QueueCampaigns;
  locks: LeadLocks;
  clock: Clock;
  repId: string;
  onChange?: PortChangeListener;
  /** Written with every outcome, in the same transaction. */
  outcomeCompanion?: OutcomeCompanion;
  /** Asked last before a dial (the team pool's claim). */
  dialGate?: DialGate;
  /** Every dial of a number, for the caps per 24 hours: this store's unless the team's is given. */
  numberDials?: NumberDialHistory;
}

/**
 * The session's ports on the store, for one rep. Every write is one atomic, durable store.write.
 *
 * A dial called off before it was placed is not a dial: the session saves it ended 'canceled'
 * with no provider call id, and that save deletes the attempt instead (and undoes the lead's
 * first-attempt stamp it set), so attempts, exports and KPIs only ever hold real dials.
 */
export class StoreSessionPorts implements SessionPorts {
  private readonly lookUps = new SerialQueue();
  /** The lead as the dial-time check last read it: the one about to be dialed. */
  private checked: DialedLead | null = null;

  private readonly numberDials: NumberDialHistory;

  constructor(private readonly deps: StoreSessionPortsDeps) {
    this.numberDials = deps.numberDials ?? new StoreNumberDials(deps.store);
  }

  nextLead(): Promise<LeadOffer | null> {
    // One look-up at a time, so two never lock the same lead.
    return this.lookUps.run(async () => {
      const { store, campaigns, locks, clock } = this.deps;
      const found = await findNextLead(
        store,
        await campaigns.all(),
        (leadId) => locks.isLocked(leadId),
        clock.now(),
      );
      if (!found) return null;
      locks.lock(found.entry.lead.id);
      return found.entry;
    });
  }

  takeLead(leadId: LeadId): Promise<LeadOffer> {
    // In line with the queue's look-ups, so none of them can lock the same lead meanwhile.
    return this.lookUps.run(async () => {
      const { store, locks, clock } = this.deps;
      const row = await readLeadForDial(store, leadId);
      if (!row) throw new DomainError('not-found', `Lead ${leadId} no longer exists.`);
      const lead = rowToLead(row);
      if (locks.isLocked(leadId)) {
        throw new DomainError('conflict', `${leadDisplayName(lead)} is already on the dialer.`);
      }
      const rules = await this.rulesOf(row.campaign_id);
      const now = clock.now();
      const tier = queueTierOf(lead, now, rules);
      if (tier === null) {
        throw new DomainError('conflict', `${leadDisplayName(lead)} is not in the queue any more.`);
      }
      locks.lock(leadId);
      return { lead, reason: `picked by the rep: ${explainQueuePosition(lead, tier, now, rules)}` };
    });
  }

  async isDialable(lead: Lead, chosenByRep: boolean): Promise<Dialability> {
    const row = await readLeadForDial(this.deps.store, lead.id);
    if (!row) return { ok: false, reason: 'the lead no longer exists.' };
    const rules = await this.deps.campaigns.rulesFor(row.campaign_id);
    if (!rules)
      return { ok: false, reason: `the rules of campaign "${row.campaign_id}" are unreadable.` };
    const fresh = rowToLead(row);
    this.checked = {
      ...dialedLeadOrigin(row),
      id: fresh.id,
      createdAt: fresh.createdAt,
      firstAttemptAt: fresh.firstAttemptAt,
    };
    const onDncList = row.on_dnc !== null;
    const now = this.deps.clock.now();
    const verdict = isCallable(fresh, now, rules, () => onDncList, chosenByRep);
    if (!verdict.callable) return { ok: false, reason: verdict.detail };
    const book = await this.deps.campaigns.ruleBook.current();
    const hold = callingRulesHold({
      calling: book.forRegions(row.calling_regions),
      timeZone: fresh.timeZone ?? 'UTC',
      window: rules.callingWindow,
      dialsOfNumber: await this.numberDials.dialsSince(fresh.phoneE164, now - DAY_MS),
      now,
    });
    if (hold) {
      const reason = describeHold(hold, fresh.timeZone ?? 'UTC', now);
      return hold.opensAt === null
        ? { ok: false, reason }
        : { ok: false, reason, until: hold.opensAt };
    }
    const spacing = sharedNumberSpacing(row.shared_number_last_at, fresh, rules, now);
    if (!spacing.ok || !this.deps.dialGate) return spacing;
    return this.deps.dialGate.checkDial(fresh.id);
  }

  async skipLead(leadId: LeadId, skip: LeadSkip): Promise<void> {
    const { store, locks, repId, clock } = this.deps;
    const row = await readLeadForDial(store, leadId);
    if (row) {
      const rules = await this.rulesOf(row.campaign_id);
      await store.write(skipWrite(row, skip, repId, rules, clock.now()));
    }
    locks.unlock(leadId);
    this.tell({ kind: 'lead-skipped', leadId });
  }

  releaseLead(leadId: LeadId): Promise<void> {
    this.deps.locks.unlock(leadId);
    return Promise.resolve();
  }

  async startAttempt(attempt: Attempt): Promise<void> {
    await this.deps.store.write([
      AttemptRepository.saveCallStatement(attempt),
      sql`UPDATE leads SET first_attempt_at = ${attempt.startedAt}
          WHERE id = ${attempt.leadId} AND first_attempt_at IS NULL`,
    ]);
    const checked = this.checked?.id === attempt.leadId ? this.checked : null;
    // The KPIs and the floor count the dial with its lead's timing and origin: read them when
    // the dial-time check did not just read this lead.
    const lead = checked
      ? { ...checked, firstAttemptAt: checked.firstAttemptAt ?? attempt.startedAt }
      : await this.dialedLead(attempt.leadId);
    this.tell({ kind: 'attempt-started', attempt, lead });
  }

  async saveCallProgress(attempt: Attempt): Promise<void> {
    if (!neverPlaced(attempt)) {
      await this.deps.store.write(AttemptRepository.saveCallStatement(attempt));
      this.tell({ kind: 'attempt-saved', attempt, lead: null });
      return;
    }
    await this.deps.store.write([
      AttemptRepository.deleteStatement(attempt.id),
      sql`UPDATE leads SET first_attempt_at =
            (SELECT min(started_at) FROM attempts WHERE lead_id = ${attempt.leadId})
          WHERE id = ${attempt.leadId} AND first_attempt_at = ${attempt.startedAt}`,
    ]);
    this.tell({ kind: 'attempt-dropped', attempt, lead: null });
  }

  async recordOutcome(attempt: Attempt, disposition: Disposition): Promise<void> {
    const { store, locks, clock } = this.deps;
    const row = await readLeadForOutcome(store, attempt.leadId, attempt.id);
    if (!row) throw new DomainError('not-found', `Lead ${attempt.leadId} no longer exists.`);
    const rules = await this.rulesOf(row.campaign_id);
    const recordedAt = attempt.recordedAt ?? clock.now();
    const write = outcomeWrite(row, attempt, disposition, rules, recordedAt, {
      retryNotBefore: await this.capOpening(row, recordedAt),
    });
    const companion = this.deps.outcomeCompanion;
    const reported =
      companion?.statementsFor({
        attempt,
        disposition,
        lead: write.lead,
        origin: dialedLeadOrigin(row),
        recordedAt,
      }) ?? [];
    await store.write([...write.statements, ...reported]);
    companion?.written();
    locks.unlock(attempt.leadId);
    this.tell({ kind: 'outcome-recorded', attempt, lead: write.lead, queue: write.queue });
  }

  async skipCall(attempt: Attempt, disposition: Disposition, skip: LeadSkip): Promise<void> {
    const { store, locks, clock, repId } = this.deps;
    const row = await readLeadForOutcome(store, attempt.leadId, attempt.id);
    if (!row) throw new DomainError('not-found', `Lead ${attempt.leadId} no longer exists.`);
    const rules = await this.rulesOf(row.campaign_id);
    const recordedAt = attempt.recordedAt ?? clock.now();
    const write = outcomeWrite(row, attempt, disposition, rules, recordedAt, {
      undoable: false,
      retryNotBefore: await this.capOpening(row, recordedAt),
    });
    const companion = this.deps.outcomeCompanion;
    const reported =
      companion?.statementsFor({
        attempt,
        disposition,
        lead: write.lead,
        origin: dialedLeadOrigin(row),
        recordedAt,
      }) ?? [];
    const log = LeadSkipRepository.insertStatement({
      leadId: attempt.leadId,
      repId,
      skippedAt: recordedAt,
      skippedBy: skip.by,
      reason: skip.reason,
    });
    await store.write([...write.statements, log, ...reported]);
    companion?.written();
    locks.unlock(attempt.leadId);
    this.tell({ kind: 'outcome-recorded', attempt, lead: write.lead, queue: write.queue });
    this.tell({ kind: 'lead-skipped', leadId: attempt.leadId });
  }

  async undoOutcome(attemptId: string): Promise<void> {
    const row = await readUndo(this.deps.store, attemptId);
    if (!row) {
      throw new DomainError('conflict', 'That outcome can no longer be undone: it was replaced.');
    }
    const write = undoWrite(row, attemptId);
    await this.deps.store.write(write.statements);
    this.deps.locks.lock(row.lead_id);
    this.tell({ kind: 'outcome-undone', attemptId, lead: write.lead, queue: write.queue });
  }

  private async dialedLead(leadId: LeadId): Promise<DialedLead | null> {
    const row = await this.deps.store.get<DialedLeadRow>(
      sql`SELECT created_at, first_attempt_at, source, campaign_id,
            (SELECT name FROM campaigns WHERE campaigns.id = leads.campaign_id) AS campaign_name
          FROM leads WHERE id = ${leadId}`,
    );
    return row
      ? {
          id: leadId,
          createdAt: row.created_at,
          firstAttemptAt: row.first_attempt_at,
          ...dialedLeadOrigin(row),
        }
      : null;
  }

  /**
   * When the number's cap of dials in 24 hours (this dial counted) lets it be dialed again, so a
   * retry is not offered before: the queue's index then never reads a lead the cap refuses.
   */
  private async capOpening(row: OutcomeLeadRow, at: number): Promise<number | null> {
    const book = await this.deps.campaigns.ruleBook.current();
    const { rules } = book.forRegions(row.calling_regions);
    if (rules.every((rule) => rule.maxAttemptsPer24h === null)) return null;
    const dials = await this.numberDials.dialsSince(row.phone_e164, at - DAY_MS);
    return capHolding(rules, dials, at)?.opensAt ?? null;
  }

  private async rulesOf(campaignId: string): Promise<CampaignRules> {
    const rules = await this.deps.campaigns.rulesFor(campaignId);
    if (!rules) {
      throw new DomainError(
        'conflict',
        `The dialing rules of campaign "${campaignId}" cannot be read; fix them, then try again.`,
      );
    }
    return rules;
  }

  private tell(change: PortChange): void {
    try {
      this.deps.onChange?.(change);
    } catch {
      // A view that cannot follow must not fail a write that is already durable.
    }
  }
}

/**
 * A number two people share is dialed at most once per cadence spacing, whichever lead carries
 * it: a household is not rung twice in a row for two of its members.
 */
function sharedNumberSpacing(
  lastDialedAt: number | null,
  lead: Lead,
  rules: CampaignRules,
  now: number,
): Dialability {
  if (lastDialedAt === null) return { ok: true };
  const until = nextRetryAt(1, lastDialedAt, rules, lead.timeZone);
  if (until <= now) return { ok: true };
  const minutes = Math.ceil((until - now) / MINUTE_MS);
  return {
    ok: false,
    reason: `its number was just dialed for another lead who shares it; it waits ${minutes} min for the cadence spacing.`,
    until,
  };
}

/** The session's record of a dial it called off before placing (see the class comment). */
function neverPlaced(attempt: Attempt): boolean {
  return (
    attempt.endReason === 'canceled' &&
    attempt.providerCallId === null &&
    attempt.ringingAt === null &&
    attempt.answeredAt === null
  );
}

interface DialedLeadRow {
  created_at: number;
  first_attempt_at: number | null;
  source: string | null;
  campaign_id: string;
  campaign_name: string | null;
}
