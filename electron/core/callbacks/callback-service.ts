import type { Clock } from '../../../shared/clock';
import type { CallbackEntry, CallbackList } from '../../../shared/domain/callback';
import type { Lead, LeadId } from '../../../shared/domain/lead';
import { DomainError } from '../../../shared/result';
import { checkCallbackTime } from '../queue';
import type { CampaignRules } from '../queue';
import {
  callbackChangeStatement,
  overdueCallbacksStatement,
  upcomingCallbacksStatement,
} from './callback-reads';
import { readLeadForDial } from '../queue/store';
import { queueStateOf, updateQueueStateStatement, withQueueColumns } from '../queue/store';
import { rowToLead, type LeadRow } from '../leads';
import type { QueueCampaigns } from '../queue/store';
import type { Store } from '../platform/store/store';

export interface CallbackServiceDeps {
  store: Store;
  clock: Clock;
  campaigns: QueueCampaigns;
  repId: () => string;
  /** The session holds the lead (on screen, being called): its callback is the session's now. */
  isTaken: (leadId: LeadId) => boolean;
  /** A callback moved or was cancelled: the queue view and the reminders follow. */
  onChanged: () => void;
}

/** Each part of the list stops here; the queue dials the oldest promises first anyway. */
const LISTED = 500;

/** Promised calls: listed, moved to another time, or called off with a reason. */
export class CallbackService {
  constructor(private readonly deps: CallbackServiceDeps) {}

  async list(): Promise<CallbackList> {
    const now = this.deps.clock.now();
    const [overdue, upcoming] = await Promise.all([
      this.deps.store.all<LeadRow>(overdueCallbacksStatement(now, LISTED)),
      this.deps.store.all<LeadRow>(upcomingCallbacksStatement(now, LISTED)),
    ]);
    return {
      overdue: overdue.map((row) => entryOf(rowToLead(row), now)),
      upcoming: upcoming.map((row) => entryOf(rowToLead(row), now)),
    };
  }

  /** Moves the promise to `at`: in the future and inside the lead's calling window. */
  async reschedule(leadId: LeadId, at: number): Promise<CallbackEntry> {
    const { lead, row, rules } = await this.callbackLead(leadId);
    const now = this.deps.clock.now();
    checkCallbackTime(lead, now, rules, at);
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    const moved = withQueueColumns(lead, { ...state, callbackAt: at }, rules);
    await this.deps.store.write([
      updateQueueStateStatement(leadId, moved),
      callbackChangeStatement({
        leadId,
        changedAt: now,
        changedBy: this.deps.repId(),
        action: 'rescheduled',
        dueBefore: lead.callbackAt,
        dueAfter: at,
        reason: null,
      }),
    ]);
    this.deps.onChanged();
    return entryOf({ ...lead, callbackAt: at }, now);
  }

  /**
   * Calls the promise off: the lead goes back to its cadence, dialable now, or is finished if
   * the cadence has no attempt left for it.
   */
  async cancel(leadId: LeadId, reason: string): Promise<void> {
    const { lead, row, rules } = await this.callbackLead(leadId);
    const now = this.deps.clock.now();
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    const exhausted = lead.attemptCount >= rules.cadence.maxAttempts;
    const after = withQueueColumns(
      lead,
      {
        ...state,
        status: exhausted ? 'done' : 'retry',
        callbackAt: null,
        nextEligibleAt: exhausted ? null : now,
      },
      rules,
    );
    await this.deps.store.write([
      updateQueueStateStatement(leadId, after),
      callbackChangeStatement({
        leadId,
        changedAt: now,
        changedBy: this.deps.repId(),
        action: 'canceled',
        dueBefore: lead.callbackAt,
        dueAfter: null,
        reason: reason.trim(),
      }),
    ]);
    this.deps.onChanged();
  }

  private async callbackLead(leadId: LeadId) {
    const row = await readLeadForDial(this.deps.store, leadId);
    if (!row) throw new DomainError('not-found', `There is no lead #${leadId}.`);
    const lead = rowToLead(row);
    if (lead.status !== 'callback') {
      throw new DomainError('conflict', `Lead #${leadId} has no callback to change.`);
    }
    if (this.deps.isTaken(leadId)) {
      throw new DomainError(
        'conflict',
        'This lead is in the dialer right now; change its callback once the call is recorded.',
      );
    }
    const rules: CampaignRules | null = await this.deps.campaigns.rulesFor(lead.campaignId);
    if (!rules) {
      throw new DomainError(
        'conflict',
        `The dialing rules of campaign "${lead.campaignId}" cannot be read; fix them first.`,
      );
    }
    return { lead, row, rules };
  }
}

function entryOf(lead: Lead, now: number): CallbackEntry {
  const dueAt = lead.callbackAt ?? 0;
  return { lead, dueAt, note: lead.lastNote, overdue: dueAt <= now };
}
