import type { Attempt } from '../../shared/domain/attempt';
import type { Lead, LeadId } from '../../shared/domain/lead';
import { createLogger } from '../../electron/core/platform/log/logger';
import { DEFAULT_CAMPAIGN_RULES } from '../../electron/core/queue/campaign-rules';
import { CampaignRepository } from '../../electron/core/campaigns/campaign-repository';
import {
  updateQueueStateStatement,
  withQueueColumns,
} from '../../electron/core/queue/store/lead-queue-state';
import { LeadRepository } from '../../electron/core/leads/lead-repository';
import type { NewLead } from '../../electron/core/leads/lead-rows';
import { LeadLocks } from '../../electron/core/dialing/lead-locks';
import type { PortChange } from '../../electron/core/queue/store/port-changes';
import { QueueCampaigns } from '../../electron/core/queue/store/queue-campaigns';
import { StoreSessionPorts } from '../../electron/core/dialing/store-session-ports';
import { openInlineStore, sql, type Row, type Store } from '../../electron/core/platform/store';
import { startedAttempt } from './attempt-factory';
import { ManualClock } from './manual-clock';
import { makeTempDir } from './temp-dir';

/** Friday 27 Nov 2026, 14:00 UTC: 09:00 in New York, 08:00 in Chicago, 06:00 in Los Angeles. */
export const START = Date.UTC(2026, 10, 27, 14, 0, 0);
export const MINUTE = 60_000;

export type LeadSeed = Partial<NewLead> &
  Partial<Pick<Lead, 'attemptCount' | 'nextEligibleAt' | 'callbackAt' | 'firstAttemptAt'>>;

/** A retry dialed `attemptCount` times, due again since a minute before START. */
export function dueRetry(attemptCount = 1): LeadSeed {
  return { status: 'retry', attemptCount, nextEligibleAt: START - MINUTE };
}

export interface PortsFixture {
  store: Store;
  clock: ManualClock;
  locks: LeadLocks;
  campaigns: QueueCampaigns;
  ports: StoreSessionPorts;
  changes: PortChange[];
  close(): Promise<void>;
}

/** Ports on an inline store in a new temp folder, or in `dataDir` (then close() leaves it). */
export async function openPortsFixture(dataDir?: string): Promise<PortsFixture> {
  const temp = dataDir === undefined ? makeTempDir() : null;
  const { store } = await openInlineStore({ dataDir: dataDir ?? temp?.dir ?? '' });
  await store.write(CampaignRepository.ensureStatement({ id: 'c1', name: 'Test', createdAt: 0 }));
  const clock = new ManualClock(START);
  const locks = new LeadLocks();
  const changes: PortChange[] = [];
  const campaigns = new QueueCampaigns(
    store,
    createLogger(() => undefined),
  );
  const ports = new StoreSessionPorts({
    store,
    campaigns,
    locks,
    clock,
    repId: 'rep-1',
    onChange: (change) => changes.push(change),
  });
  return {
    store,
    clock,
    locks,
    campaigns,
    ports,
    changes,
    async close() {
      await store.close();
      temp?.remove();
    },
  };
}

let phoneSeq = 100;

/** Inserts a lead (new, in New York, arrived 10 min before START unless told) and returns its id. */
export async function seedLead(store: Store, seed: LeadSeed = {}): Promise<LeadId> {
  const lead: NewLead = {
    campaignId: 'c1',
    firstName: 'Ada',
    lastName: `Lead${phoneSeq}`,
    company: 'Acme',
    phoneE164: `+1212555${String(phoneSeq++).padStart(4, '0')}`,
    phoneExtension: null,
    email: null,
    timeZone: 'America/New_York',
    region: null,
    postalCode: null,
    country: 'US',
    createdAt: START - 10 * MINUTE,
    owner: null,
    notes: null,
    source: null,
    custom: {},
    ...seed,
  };
  const result = await store.write(LeadRepository.insertStatements([lead], START - 10 * MINUTE));
  const id = result.lastInsertRowId as number;
  const status = seed.status ?? 'new';
  if (status === 'retry' || status === 'callback' || seed.attemptCount || seed.nextEligibleAt) {
    const state = withQueueColumns(
      lead,
      {
        status,
        attemptCount: seed.attemptCount ?? 0,
        firstAttemptAt: seed.firstAttemptAt ?? null,
        lastAttemptAt: null,
        nextEligibleAt: seed.nextEligibleAt ?? null,
        callbackAt: seed.callbackAt ?? null,
        lastOutcome: null,
        lastNote: null,
      },
      DEFAULT_CAMPAIGN_RULES,
    );
    await store.write(updateQueueStateStatement(id, state));
  }
  return id;
}

export async function leadRow(store: Store, id: LeadId): Promise<Row> {
  const row = await store.get(sql`SELECT * FROM leads WHERE id = ${id}`);
  if (!row) throw new Error(`no lead ${id}`);
  return row;
}

export async function count(
  store: Store,
  table: 'attempts' | 'dnc' | 'lead_skips',
): Promise<number> {
  const statement =
    table === 'attempts'
      ? sql`SELECT count(*) AS n FROM attempts`
      : table === 'dnc'
        ? sql`SELECT count(*) AS n FROM dnc`
        : sql`SELECT count(*) AS n FROM lead_skips`;
  const row = await store.get<{ n: number }>(statement);
  return row?.n ?? 0;
}

let attemptSeq = 0;

export function attemptFor(leadId: LeadId, overrides: Partial<Attempt> = {}): Attempt {
  const id = `attempt-${leadId}-${++attemptSeq}`;
  return startedAttempt({ id, leadId, campaignId: 'c1', startedAt: START }, overrides);
}
