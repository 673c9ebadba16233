import crypto from 'node:crypto';
import type { LeadCandidate } from '../../../core/leads/import';
import type { DbTransaction } from '../../db';
import { HUB_CHANNEL } from '../../store/hub-store';
import {
  fillLiveLead,
  insertLeadRow,
  leadRowValues,
  type InsertedStatus,
  type LeadOrigin,
} from './pool-lead-insert';
import { liveLeadByPhone, lookUpArrival } from './pool-lead-lookup';

/** What the pool service hears (NOTIFY on HUB_CHANNEL) when a lead it may route was stored. */
export const POOL_SIGNAL = 'pool';

/** Tells every hub node's pool service, on commit, that leads may be waiting. */
export async function signalPool(tx: DbTransaction): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [HUB_CHANNEL, POOL_SIGNAL]);
}

export type StoredLead =
  | { kind: 'created'; leadId: string; status: InsertedStatus }
  /** The key sent this externalId before: that answer, nothing changed. */
  | { kind: 'known'; leadId: string; status: string }
  /** On the team's DNC list and not kept (a CSV import reports such rows, as the local one does). */
  | { kind: 'on-dnc' };

/**
 * Stores one lead in the pool inside the caller's transaction: a number on the team's DNC list
 * is kept as a `do-not-call` row (never routed), a number that already has a live lead in the
 * campaign fills that lead and is kept as a `merged` row pointing at it, anything else is a new
 * `queued` (or `held`) lead. The caller signals the pool (`signalPool`) once per transaction.
 */
export async function storePoolLead(
  tx: DbTransaction,
  campaignId: string,
  candidate: LeadCandidate,
  origin: LeadOrigin,
  arrivedAt: number,
): Promise<Exclude<StoredLead, { kind: 'on-dnc' }>>;
export async function storePoolLead(
  tx: DbTransaction,
  campaignId: string,
  candidate: LeadCandidate,
  origin: LeadOrigin,
  arrivedAt: number,
  onDnc: 'keep' | 'skip',
): Promise<StoredLead>;
export async function storePoolLead(
  tx: DbTransaction,
  campaignId: string,
  candidate: LeadCandidate,
  origin: LeadOrigin,
  arrivedAt: number,
  onDnc: 'keep' | 'skip' = 'keep',
): Promise<StoredLead> {
  // Concurrent posts of one externalId or number meet at the unique indexes: the loser retries
  // and finds the winner's row.
  for (let attempt = 0; attempt < 3; attempt++) {
    const { known, onDnc: listed } = await lookUpArrival(
      tx,
      origin.sourceKey,
      origin.externalId,
      candidate.phoneE164,
    );
    if (known) return { kind: 'known', ...known };
    const id = crypto.randomUUID();
    const row = (status: InsertedStatus, mergedInto: string | null = null) =>
      leadRowValues(id, campaignId, candidate, origin, arrivedAt, status, mergedInto);
    if (listed) {
      if (onDnc === 'skip') return { kind: 'on-dnc' };
      if (await insertLeadRow(tx, row('do-not-call'))) {
        return { kind: 'created', leadId: id, status: 'do-not-call' };
      }
      continue;
    }
    const status = candidate.holdReason ? 'held' : 'queued';
    if (await insertLeadRow(tx, row(status))) return { kind: 'created', leadId: id, status };
    const liveId = await liveLeadByPhone(tx, campaignId, candidate.phoneE164);
    if (liveId === null) continue;
    await fillLiveLead(tx, liveId, candidate);
    if (await insertLeadRow(tx, row('merged', liveId))) {
      return { kind: 'created', leadId: liveId, status: 'merged' };
    }
  }
  throw new Error(`could not store the lead for ${candidate.phoneE164}: it kept colliding`);
}
