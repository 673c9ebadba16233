import crypto from 'node:crypto';
import { DAY_MS } from '../../../../shared/clock';
import type { FloorEventBody } from '../../../../shared/floor/protocol';
import { floorEventBodySchema } from '../../../../shared/floor/validators';
import { sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';
import type { Outbox, OutboxEntry } from './outbox';

/** Delivered entries are kept this long (for support questions), then pruned. */
const DELIVERED_RETENTION_MS = 7 * DAY_MS;

interface EntryRow {
  seq: number;
  event_id: string;
  at: number;
  body_json: string;
}

/**
 * The outbox in the rep's own durable store (the tables of migration 4). An append is
 * durable when it resolves; `appendStatement` lets the app write the event in the same
 * transaction as the change it reports (an outcome and its attempt event land together or not).
 */
export class StoreOutbox implements Outbox {
  private constructor(
    private readonly store: Store,
    private readonly stream: string,
    private readonly now: () => number,
  ) {}

  static async open(store: Store, now: () => number = Date.now): Promise<StoreOutbox> {
    await store.write(
      sql`INSERT OR IGNORE INTO hub_outbox_stream (id, stream_id) VALUES (1, ${crypto.randomUUID()})`,
    );
    const row = await store.get<{ stream_id: string }>(
      sql`SELECT stream_id FROM hub_outbox_stream WHERE id = 1`,
    );
    if (!row) throw new Error('The hub outbox has no stream row.');
    return new StoreOutbox(store, row.stream_id, now);
  }

  /** The INSERT for one event, to include in the app's own write; validated here, not at delivery. */
  static appendStatement(
    body: FloorEventBody,
    at: number,
  ): { statement: SqlStatement; eventId: string } {
    const checked = floorEventBodySchema.parse(body);
    const eventId = crypto.randomUUID();
    return {
      eventId,
      statement: sql`INSERT INTO hub_outbox (event_id, at, type, body_json)
        VALUES (${eventId}, ${at}, ${checked.type}, ${JSON.stringify(checked)})`,
    };
  }

  streamId(): Promise<string> {
    return Promise.resolve(this.stream);
  }

  async append(body: FloorEventBody, at: number): Promise<OutboxEntry> {
    const { statement, eventId } = StoreOutbox.appendStatement(body, at);
    const result = await this.store.write(statement);
    const seq = result.lastInsertRowId;
    if (seq === null) throw new Error('The outbox insert returned no seq.');
    return { seq, eventId, at, body };
  }

  async after(afterSeq: number, limit: number): Promise<OutboxEntry[]> {
    const rows = await this.store.all<EntryRow>(
      sql`SELECT seq, event_id, at, body_json FROM hub_outbox WHERE seq > ${afterSeq} ORDER BY seq LIMIT ${limit}`,
    );
    return rows.map((row) => ({
      seq: row.seq,
      eventId: row.event_id,
      at: row.at,
      body: JSON.parse(row.body_json) as FloorEventBody,
    }));
  }

  async markDelivered(upToSeq: number): Promise<void> {
    await this.store.write([
      sql`UPDATE hub_outbox_stream SET delivered_seq = max(delivered_seq, ${upToSeq}) WHERE id = 1`,
      sql`DELETE FROM hub_outbox WHERE seq <= ${upToSeq} AND at < ${this.now() - DELIVERED_RETENTION_MS}`,
    ]);
  }

  async deliveredSeq(): Promise<number> {
    const row = await this.store.get<{ delivered_seq: number }>(
      sql`SELECT delivered_seq FROM hub_outbox_stream WHERE id = 1`,
    );
    return row?.delivered_seq ?? 0;
  }

  async backlog(): Promise<number> {
    const row = await this.store.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM hub_outbox
          WHERE seq > (SELECT delivered_seq FROM hub_outbox_stream WHERE id = 1)`,
    );
    return row?.n ?? 0;
  }
}
