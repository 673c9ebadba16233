import { HUB_SCHEMA, migrate, type HubDatabase } from '../../../electron/hub/db';
import { HubStore } from '../../../electron/hub/store/hub-store';
import type { FloorEvent } from '../../../shared/floor/protocol';
import { CAMPAIGNS, REPS, TEAM_ZONE, UNDIALED } from './week-fixture';

/** The hub's database holding the week: reps, team campaigns, the pool's undialed leads. */
export async function seedWeek(db: HubDatabase, events: readonly FloorEvent[]): Promise<HubStore> {
  await migrate(db, HUB_SCHEMA);
  const store = new HubStore(db, 'node-test');
  for (const [repId, repName] of Object.entries(REPS)) {
    await store.repConnected({ repId, repName, timeZone: TEAM_ZONE }, `stream-${repId}`, 'c1', 1);
  }
  for (const [id, name] of Object.entries(CAMPAIGNS)) {
    await db.query(
      `INSERT INTO team_campaigns (id, name, rules, dispositions, updated_at, updated_by)
       VALUES ($1, $2, '{}', '[]', 0, 'test')`,
      [id, name],
    );
  }
  for (const [index, lead] of UNDIALED.entries()) {
    await db.query(
      `INSERT INTO pool_leads (id, campaign_id, phone_e164, source, created_at, arrived_at, status,
         first_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7)`,
      [
        lead.id,
        lead.campaign,
        `+1555010000${index}`,
        lead.source,
        lead.createdAt,
        lead.firstAttemptAt === null ? 'new' : 'retry',
        lead.firstAttemptAt,
      ],
    );
  }
  await storeInBatches(store, events);
  return store;
}

/** Stores the events a few at a time, as ingest batches them, each batch advancing its streams. */
export async function storeInBatches(
  store: HubStore,
  events: readonly FloorEvent[],
  batchSize = 3,
): Promise<void> {
  for (let index = 0; index < events.length; index += batchSize) {
    const batch = events.slice(index, index + batchSize);
    await store.storeEvents(
      batch.map((event) => ({ event, streamId: `stream-${event.repId}`, receivedAt: event.at })),
      streamsOf(batch),
    );
  }
}

/** Each stream once, at the last seq of the batch (as ingest reports it). */
function streamsOf(batch: readonly FloorEvent[]) {
  const last = new Map<string, number>();
  for (const event of batch) last.set(event.repId, Math.max(last.get(event.repId) ?? 0, event.seq));
  return [...last].map(([repId, seq]) => ({ repId, streamId: `stream-${repId}`, seq }));
}
