import { DAY_MS } from '../../../../shared/clock';
import type { CampaignRules } from '../../../core/queue';
import { GroupCommit, type DbTransaction, type HubDatabase } from '../../db';
import { HUB_CHANNEL } from '../../store/hub-store';
import type { FloorPool } from '../../../../shared/floor/pool-view';
import { routeOffers, type RoutedOffer } from '../routing/route-offers';
import type { RoutingRep } from '../routing/routing-rep';
import type { ClaimPolicy } from './claim-policy';
import { CLAIM_COLUMNS, endOffer, leadFromRow, writeLead, type ClaimRow } from './claim-rows';
import {
  acceptDial,
  offerLead,
  recordAttempt,
  releaseClaim,
  reopenForOutcome,
  type DialVerdict,
  type PoolAttemptResult,
} from './claim-transitions';
import { lastOtherDialByLead, numberDialsSince } from './number-attempts';
import { couldTakeMore, headLength } from './pass-head';
import { summarizeAfterPass } from './pass-summary';
import { readDueAgain, readQueuedHead } from './waiting-leads';
import { offerIdOf, type PoolLeadState } from './pool-lead-state';
import { sweepClaims, type ClaimHolder } from './sweep-claims';

/** Held by every routing pass: one pass at a time across the nodes sharing the database. */
const POOL_PASS_LOCK = 461_300_021;
/** Every node pushes its reps' offers, leases and revokes when it hears this. */
export const CLAIMS_SIGNAL = 'pool-claims';

export interface PassInput {
  now: number;
  reps: readonly RoutingRep[];
  holderOf: (repId: string) => ClaimHolder;
  policyOf: (campaignId: string) => ClaimPolicy;
  rulesOf: (campaignId: string) => CampaignRules;
  /** The team campaigns the hub knows (their rules order the new leads in SQL). */
  campaignIds: readonly string[];
  cursor: string | null;
  maxHeldOffers: number;
}

export interface PassResult {
  cursor: string | null;
  offers: RoutedOffer[];
  /** Offers taken back in this pass. */
  released: number;
  /** The pool as the floor shows it, after this pass. */
  summary: FloorPool;
}

export interface AttemptReport {
  attemptId: string;
  leadId: string;
  repId: string;
  startedAt: number;
  outcomeCode: string;
  contact: boolean;
  conversion: boolean;
  recordedAt: number;
}

/**
 * The pool's claims in PostgreSQL. Each decision locks the rows it reads (FOR UPDATE), applies
 * the pure transition and writes it back in the same transaction, so nodes sharing the database
 * never both hand out, or both let dial, the same lead.
 */
export class ClaimStore {
  /** The reps' messages (dials, outcomes, acks) of a burst share one commit. */
  private readonly messages: GroupCommit;

  constructor(private readonly db: HubDatabase) {
    this.messages = new GroupCommit(db);
  }

  /** Sweeps the claims (renew, expire, release) and routes the waiting leads, in one transaction. */
  pass(input: PassInput): Promise<PassResult> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [POOL_PASS_LOCK]);
      const held = await selectLeads(
        tx,
        `status IN ('assigned', 'dialing') ORDER BY id FOR UPDATE`,
        [],
      );
      const changes = sweepClaims(
        held,
        input.now,
        input.holderOf,
        input.policyOf,
        (campaignId) => input.rulesOf(campaignId).cadence.maxAttempts,
      );
      const heldNow = new Map(held.map((lead) => [lead.id, lead]));
      for (const change of changes) {
        await writeLead(tx, change.after);
        heldNow.set(change.after.id, change.after);
        if (change.revoked) {
          await endOffer(tx, change.revoked.offerId, change.revoked.reason, input.now);
        }
      }
      const heldOffers = new Map<string, number>();
      for (const lead of heldNow.values()) {
        if (lead.status === 'assigned' && lead.assignedRep !== null) {
          heldOffers.set(lead.assignedRep, (heldOffers.get(lead.assignedRep) ?? 0) + 1);
        }
      }
      const reps = input.reps.map((rep) => ({
        ...rep,
        heldOffers: heldOffers.get(rep.repId) ?? 0,
      }));
      const dueAgain = await readDueAgain(tx, input.now);
      const route = async (limit: number) => {
        const queued =
          limit === 0
            ? []
            : await readQueuedHead(tx, input.now, input.campaignIds, input.rulesOf, limit);
        const waiting = [...dueAgain, ...queued];
        const lastOtherDial = await lastOtherDialByLead(tx, waiting);
        const dialsInDay = await numberDialsSince(tx, waiting, input.now - DAY_MS);
        const plan = routeOffers({
          now: input.now,
          reps,
          waiting,
          offered: [...heldNow.values()],
          rulesOf: input.rulesOf,
          isDnc: () => false,
          cursor: input.cursor,
          maxHeldOffers: input.maxHeldOffers,
          numberLastDialedAt: (lead) => lastOtherDial.get(lead.id) ?? null,
          numberDialsInDay: (lead) => dialsInDay.get(lead.phoneE164) ?? [],
          // Every callback is due again: the grace is the hub's, the same for each campaign.
          callbackOwnerGraceMs: Math.max(
            0,
            ...dueAgain.map((lead) => input.policyOf(lead.campaignId).callbackOwnerGraceMs),
          ),
        });
        return { waiting, plan, cut: limit > 0 && queued.length === limit };
      };
      // Only the head of the new leads is read: as many as the free reps could take, with room
      // for leads the pass skips. The head is read again, longer, while a lead past it could
      // still have been given to a rep: the plan is the one a read of every lead would make.
      let limit = headLength(reps, input.maxHeldOffers);
      let routed = await route(limit);
      while (routed.cut && couldTakeMore(routed.plan, routed.waiting, reps, input.maxHeldOffers)) {
        limit *= 4;
        routed = await route(limit);
      }
      const { waiting, plan } = routed;
      const byId = new Map(waiting.map((lead) => [lead.id, lead]));
      const offered = plan.offers.flatMap(({ leadId, repId }) => {
        const before = byId.get(leadId);
        if (!before) return [];
        const lead = offerLead(before, repId, input.now, input.policyOf(before.campaignId));
        return [{ before, lead }];
      });
      for (const lead of await offerIfStillWaiting(tx, offered, input.now)) byId.set(lead.id, lead);
      for (const move of plan.moves) {
        const before = heldNow.get(move.leadId);
        if (!before) continue;
        await endOffer(tx, offerIdOf(before), 'moved', input.now);
        const lead = offerLead(
          releaseClaim(before, 'moved'),
          move.toRep,
          input.now,
          input.policyOf(before.campaignId),
        );
        heldNow.set(move.leadId, lead);
        await writeLead(tx, lead);
        await insertOffer(tx, lead, move.toRep, input.now);
      }
      if (changes.length > 0 || plan.offers.length > 0 || plan.moves.length > 0) {
        await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, CLAIMS_SIGNAL]);
      }
      return {
        cursor: plan.cursor,
        offers: plan.offers,
        released: changes.filter((change) => change.revoked !== null).length + plan.moves.length,
        // A lead released above is read again as waiting: the later read of it wins.
        summary: await summarizeAfterPass(
          tx,
          input.now,
          input.rulesOf,
          [...new Map([...heldNow, ...byId]).values()],
          plan.unrouted,
        ),
      };
    });
  }

  /** The hub's answer to a rep's pool-dial: the lead becomes `dialing` for that rep, or not. */
  dial(
    repId: string,
    leadId: string,
    offerId: string,
    now: number,
    policyOf: (campaignId: string) => ClaimPolicy,
  ): Promise<DialVerdict> {
    return this.messages.run(async (tx) => {
      const [lead] = await selectLeads(tx, 'id = $1 FOR UPDATE', [leadId]);
      if (!lead) return { ok: false, reason: 'no-such-offer' } as const;
      const dnc = await tx.query('SELECT 1 FROM team_dnc WHERE phone_e164 = $1', [lead.phoneE164]);
      const verdict = acceptDial(
        lead,
        repId,
        offerId,
        now,
        policyOf(lead.campaignId),
        dnc.rows.length > 0,
      );
      if (verdict.ok) {
        await writeLead(tx, verdict.lead);
        await endOffer(tx, offerId, 'dialed', now);
      }
      return verdict;
    });
  }

  /**
   * An attempt's outcome on a pool lead: counted once per attemptId (a changed outcome replaces
   * the last one), then the lead settled by `resultOf` unless another rep holds it now.
   */
  recordAttempt(
    report: AttemptReport,
    resultOf: (lead: PoolLeadState, attemptsBefore: number) => PoolAttemptResult,
  ): Promise<boolean> {
    return this.messages.run(async (tx) => {
      const [lead] = await selectLeads(tx, 'id = $1 FOR UPDATE', [report.leadId]);
      if (!lead) return false;
      const { rows } = await tx.query<{ inserted: boolean }>(
        `INSERT INTO pool_attempts (attempt_id, lead_id, rep_id, started_at, outcome_code, contact,
           conversion, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (attempt_id) DO UPDATE SET outcome_code = excluded.outcome_code,
           contact = excluded.contact, conversion = excluded.conversion,
           recorded_at = excluded.recorded_at
         RETURNING (xmax = 0) AS inserted`,
        [
          report.attemptId,
          report.leadId,
          report.repId,
          report.startedAt,
          report.outcomeCode,
          report.contact,
          report.conversion,
          report.recordedAt,
        ],
      );
      const firstReport = rows[0]?.inserted === true;
      const attemptsBefore = lead.attemptCount - (firstReport ? 0 : 1);
      const after = recordAttempt(lead, {
        repId: report.repId,
        startedAt: report.startedAt,
        outcomeCode: report.outcomeCode,
        result: resultOf(lead, Math.max(0, attemptsBefore)),
        firstReport,
      });
      await writeLead(tx, after);
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, CLAIMS_SIGNAL]);
      return true;
    });
  }

  /**
   * The rep withdrew an attempt's outcome (undo). Only the last attempt of the lead, by that rep,
   * reopens it (reopenForOutcome); the attempt keeps its place in the count, without an outcome.
   */
  withdrawOutcome(
    report: Pick<AttemptReport, 'attemptId' | 'leadId' | 'repId'>,
    now: number,
    policyOf: (campaignId: string) => ClaimPolicy,
  ): Promise<boolean> {
    return this.messages.run(async (tx) => {
      const [lead] = await selectLeads(tx, 'id = $1 FOR UPDATE', [report.leadId]);
      if (!lead) return false;
      const { rows } = await tx.query<{ attempt_id: string; rep_id: string }>(
        `SELECT attempt_id, rep_id FROM pool_attempts WHERE lead_id = $1
         ORDER BY started_at DESC, attempt_id DESC LIMIT 1`,
        [report.leadId],
      );
      const last = rows[0];
      if (last?.attempt_id !== report.attemptId || last.rep_id !== report.repId) return false;
      await tx.query(
        `UPDATE pool_attempts SET outcome_code = NULL, contact = false, conversion = false
         WHERE attempt_id = $1`,
        [report.attemptId],
      );
      const after = reopenForOutcome(lead, report.repId, now, policyOf(lead.campaignId));
      if (after === lead) return false;
      await writeLead(tx, after);
      await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, CLAIMS_SIGNAL]);
      return true;
    });
  }

  /** The rep stored the offer. */
  async received(repId: string, offerId: string, now: number): Promise<void> {
    await this.messages.run((tx) =>
      tx.query(
        `UPDATE pool_offers SET received_at = $3
       WHERE offer_id = $1 AND rep_id = $2 AND received_at IS NULL`,
        [offerId, repId, now],
      ),
    );
  }

  /** The rep dropped a lead it lost. */
  async revokeAcknowledged(repId: string, offerId: string, now: number): Promise<void> {
    await this.messages.run((tx) =>
      tx.query(
        `UPDATE pool_offers SET revoke_acked_at = $3
       WHERE offer_id = $1 AND rep_id = $2 AND revoke_acked_at IS NULL`,
        [offerId, repId, now],
      ),
    );
  }
}

async function selectLeads(
  tx: Pick<DbTransaction, 'query'>,
  where: string,
  params: (string | number)[],
): Promise<PoolLeadState[]> {
  const { rows } = await tx.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM pool_leads WHERE ${where}`,
    params,
  );
  return rows.map(leadFromRow);
}

async function insertOffer(
  tx: DbTransaction,
  lead: PoolLeadState,
  repId: string,
  now: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO pool_offers (offer_id, lead_id, rep_id, offered_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (offer_id) DO NOTHING`,
    [offerIdOf(lead), lead.id, repId, now],
  );
}

/**
 * The pass's offers, each made only if its lead still waits as the pass read it: one
 * conditional UPDATE and one INSERT for all of them (a statement per lead would hold the
 * database for the pass alone under load). Answers the leads offered.
 */
async function offerIfStillWaiting(
  tx: DbTransaction,
  offered: readonly { before: PoolLeadState; lead: PoolLeadState }[],
  now: number,
): Promise<PoolLeadState[]> {
  if (offered.length === 0) return [];
  const rows = offered.map(({ before, lead }) => ({
    id: before.id,
    status: before.status,
    assignment: before.assignment,
    rep: lead.assignedRep,
    next_assignment: lead.assignment,
    claim_until: lead.claimUntil,
    claim_deadline: lead.claimDeadline,
    offer_id: offerIdOf(lead),
  }));
  const { rows: updated } = await tx.query<{ id: string }>(
    `WITH offered AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS o(id text, status text, assignment integer,
         rep text, next_assignment integer, claim_until bigint, claim_deadline bigint)
     )
     UPDATE pool_leads l SET status = 'assigned', assigned_rep = o.rep,
       assignment = o.next_assignment, claim_until = o.claim_until,
       claim_deadline = o.claim_deadline
     FROM offered o
     WHERE l.id = o.id AND l.status = o.status AND l.assignment = o.assignment
     RETURNING l.id`,
    [JSON.stringify(rows)],
  );
  const made = new Set(updated.map((row) => row.id));
  const offers = rows.filter((row) => made.has(row.id));
  if (offers.length > 0) {
    await tx.query(
      `INSERT INTO pool_offers (offer_id, lead_id, rep_id, offered_at)
       SELECT o.offer_id, o.id, o.rep, $2::bigint
       FROM jsonb_to_recordset($1::jsonb) AS o(offer_id text, id text, rep text)
       ON CONFLICT (offer_id) DO NOTHING`,
      [JSON.stringify(offers), now],
    );
  }
  return offered.filter(({ lead }) => made.has(lead.id)).map(({ lead }) => lead);
}
