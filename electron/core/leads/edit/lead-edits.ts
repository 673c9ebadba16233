import type { Clock } from '../../../../shared/clock';
import type { Lead, LeadId } from '../../../../shared/domain/lead';
import type { LeadChange, LeadEdit } from '../../../../shared/domain/lead-story';
import { DomainError } from '../../../../shared/result';
import { callbackChangeStatement } from '../../callbacks';
import { DncRepository, type DncService } from '../../dnc';
import { checkCallbackTime, DEFAULT_CAMPAIGN_RULES, type CampaignRules } from '../../queue';
import {
  queueStateOf,
  readLeadForDial,
  updateQueueStateStatement,
  withQueueColumns,
  type QueueCampaigns,
} from '../../queue/store';
import { joinSql, rawSql, sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import { rowToLead } from '../lead-rows';
import { columnOf, planEdit } from './edit-plan';
import { leadChangeStatement } from './lead-change-statement';

export interface LeadEditsDeps {
  store: Store;
  clock: Clock;
  campaigns: QueueCampaigns;
  dnc: DncService;
  rep: () => { repId: string; repCountry: string };
  /** The session holds the lead (on screen, being called): it is the session's until recorded. */
  isTaken: (leadId: LeadId) => boolean;
  /** A lead changed: the queue, its counts and the callbacks follow. */
  onChanged: () => void;
}

const REOPENABLE = new Set(['done']);
const CLOSABLE = new Set(['new', 'retry', 'callback', 'held']);
const SCHEDULABLE = new Set(['new', 'retry', 'callback', 'done']);

/** What a person does to a lead from its page; each change is kept with who, when and why. */
export class LeadEdits {
  constructor(private readonly deps: LeadEditsDeps) {}

  /** Changes the lead's fields: nothing is written unless every given field is acceptable. */
  async edit(leadId: LeadId, edit: LeadEdit): Promise<void> {
    const { lead, row, rules } = await this.lead(leadId);
    const plan = planEdit(lead, edit, this.deps.rep().repCountry);
    const changed = Object.keys(plan.fields);
    if (changed.length === 0) return;
    const { next } = plan;
    if (next.phoneE164 !== lead.phoneE164) await this.refuseDuplicate(next);
    const statements: SqlStatement[] = [
      sql`UPDATE leads SET ${joinSql(
        changed.map((field) => sql`${rawSql(columnOf(field))} = ${fieldValue(next, field)}`),
      )} WHERE id = ${leadId}`,
    ];
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    // A lead held for want of a zone is released once its new address or number settles one.
    const released =
      lead.status === 'held' && next.timeZone !== null && next.timeZone !== lead.timeZone;
    const status = released ? (lead.attemptCount === 0 ? 'new' : 'retry') : state.status;
    if (released) statements.push(sql`UPDATE leads SET hold_reason = NULL WHERE id = ${leadId}`);
    statements.push(
      updateQueueStateStatement(leadId, withQueueColumns(next, { ...state, status }, rules)),
    );
    statements.push(this.change(leadId, 'edited', plan.fields, null));
    await this.deps.store.write(statements);
    this.deps.onChanged();
  }

  /** Finishes the lead without a dial; the reason becomes its last note. */
  async close(leadId: LeadId, reason: string): Promise<void> {
    const { lead, row } = await this.lead(leadId);
    if (!CLOSABLE.has(lead.status)) {
      throw new DomainError(
        'conflict',
        `Lead #${leadId} is ${lead.status}: there is nothing to close.`,
      );
    }
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    await this.deps.store.write([
      sql`UPDATE leads SET hold_reason = NULL WHERE id = ${leadId}`,
      updateQueueStateStatement(leadId, {
        ...state,
        status: 'done',
        callbackAt: null,
        lastNote: `closed: ${reason.trim()}`,
        queueTier: null,
        queueDueAt: null,
      }),
      this.change(leadId, 'closed', { status: [lead.status, 'done'] }, reason.trim()),
      // A promised call goes with it, in the callbacks' own record too.
      ...(lead.status === 'callback'
        ? [
            callbackChangeStatement({
              leadId,
              changedAt: this.deps.clock.now(),
              changedBy: this.deps.rep().repId,
              action: 'canceled',
              dueBefore: lead.callbackAt,
              dueAfter: null,
              reason: `closed: ${reason.trim()}`,
            }),
          ]
        : []),
    ]);
    this.deps.onChanged();
  }

  /** Puts a closed lead back in the queue: new if never dialed, else a retry due now. */
  async reopen(leadId: LeadId, reason: string): Promise<void> {
    const { lead, row, rules } = await this.lead(leadId);
    if (!REOPENABLE.has(lead.status)) {
      throw new DomainError(
        'conflict',
        lead.status === 'dnc'
          ? `Lead #${leadId} asked not to be called; it cannot be reopened.`
          : `Lead #${leadId} is ${lead.status}, not closed.`,
      );
    }
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    const status = lead.attemptCount === 0 ? 'new' : 'retry';
    const now = this.deps.clock.now();
    await this.deps.store.write([
      updateQueueStateStatement(
        leadId,
        withQueueColumns(
          lead,
          { ...state, status, nextEligibleAt: status === 'retry' ? now : null },
          rules,
        ),
      ),
      this.change(leadId, 'reopened', { status: [lead.status, status] }, reason.trim()),
    ]);
    this.deps.onChanged();
  }

  /** Promises a call at `at` (a callback already promised moves), inside the calling window. */
  async scheduleCallback(leadId: LeadId, at: number): Promise<void> {
    const { lead, row, rules } = await this.lead(leadId);
    if (!SCHEDULABLE.has(lead.status)) {
      throw new DomainError(
        'conflict',
        `Lead #${leadId} is ${lead.status}: it cannot get a callback.`,
      );
    }
    if (await new DncRepository(this.deps.store).isListed(lead.phoneE164)) {
      throw new DomainError(
        'conflict',
        `${lead.phoneE164} is on the do-not-call list: no callback.`,
      );
    }
    const now = this.deps.clock.now();
    checkCallbackTime(lead, now, rules, at);
    const { queueTier: _tier, queueDueAt: _due, ...state } = queueStateOf(lead, row);
    const by = this.deps.rep().repId;
    await this.deps.store.write([
      updateQueueStateStatement(
        leadId,
        withQueueColumns(lead, { ...state, status: 'callback', callbackAt: at }, rules),
      ),
      callbackChangeStatement({
        leadId,
        changedAt: now,
        changedBy: by,
        action: lead.status === 'callback' ? 'rescheduled' : 'scheduled',
        dueBefore: lead.callbackAt,
        dueAfter: at,
        reason: null,
      }),
      this.change(leadId, 'callback', { callbackAt: [iso(lead.callbackAt), iso(at)] }, null),
    ]);
    this.deps.onChanged();
  }

  /** Puts the lead's number on the do-not-call list: no lead with it is dialed again. */
  async addToDnc(leadId: LeadId, reason: string): Promise<void> {
    const { lead } = await this.lead(leadId);
    await this.deps.dnc.add(lead.phoneE164, reason);
    await this.deps.store.write(
      this.change(leadId, 'dnc', { dnc: [null, lead.phoneE164] }, reason.trim()),
    );
  }

  private change(
    leadId: LeadId,
    action: LeadChange['action'],
    fields: LeadChange['fields'],
    reason: string | null,
  ): SqlStatement {
    return leadChangeStatement(leadId, {
      at: this.deps.clock.now(),
      by: this.deps.rep().repId,
      action,
      fields,
      reason,
    });
  }

  private async refuseDuplicate(next: Lead): Promise<void> {
    const other = await this.deps.store.get<{ id: number }>(
      sql`SELECT id FROM leads WHERE campaign_id = ${next.campaignId}
          AND phone_e164 = ${next.phoneE164} AND id <> ${next.id}`,
    );
    if (other) {
      throw new DomainError(
        'conflict',
        `Lead #${other.id} in this campaign already has ${next.phoneE164}. Nothing was changed.`,
      );
    }
  }

  private async lead(leadId: LeadId) {
    const row = await readLeadForDial(this.deps.store, leadId);
    if (!row) throw new DomainError('not-found', `There is no lead #${leadId}.`);
    if (this.deps.isTaken(leadId)) {
      throw new DomainError(
        'conflict',
        'This lead is in the dialer right now; change it once its call is recorded.',
      );
    }
    const lead = rowToLead(row);
    const rules: CampaignRules =
      (await this.deps.campaigns.rulesFor(lead.campaignId)) ?? DEFAULT_CAMPAIGN_RULES;
    return { lead, row, rules };
  }
}

function fieldValue(lead: Lead, field: string): string | null {
  const value = lead[field as keyof Lead];
  return typeof value === 'string' ? value : null;
}

function iso(at: number | null): string | null {
  return at === null ? null : new Date(at).toISOString();
}
