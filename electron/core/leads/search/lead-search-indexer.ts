import { sql, type SqlStatement } from '../../platform/store/sql';
import type { Store } from '../../platform/store/store';

/** Leads per write: about 20 µs each, so another write waits about 20 ms behind one at most. */
const BATCH = 1_000;

/**
 * Adds leads newer than the index's mark (lead_search_state.indexed_upto) to the full-text index,
 * a batch per write, after the write that brought them: an import commits at its own speed and
 * its leads become searchable a moment later. One catch-up runs at a time; a call during it
 * makes it go round once more.
 */
export class LeadSearchIndexer {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    /** After a catch-up that took leads in, with how many. */
    private readonly onIndexed: (leads: number) => void = () => undefined,
  ) {}

  /** Resolves once every lead that existed when it was called is in the index. */
  catchUp(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops after the batch being written; the next start takes up where it stopped. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Leads not yet in the index. */
  async pending(): Promise<number> {
    const row = await this.store.get<{ n: number }>(notIndexedStatement());
    return row?.n ?? 0;
  }

  private async run(): Promise<void> {
    let indexed = 0;
    do {
      this.again = false;
      let batch = BATCH;
      while (!this.stopped && batch === BATCH) {
        batch = await this.indexBatch();
        indexed += batch;
      }
    } while (this.again && !this.stopped);
    if (indexed > 0) this.onIndexed(indexed);
  }

  private async indexBatch(): Promise<number> {
    const result = await this.store.write([
      sql`INSERT INTO lead_search(docid, name, company, email, phone, source, other)
          SELECT rowid, name, company, email, phone, source, other FROM lead_search_source
          WHERE rowid > (SELECT indexed_upto FROM lead_search_state) ORDER BY rowid LIMIT ${BATCH}`,
      sql`UPDATE lead_search_state SET indexed_upto = coalesce((SELECT max(id) FROM (
            SELECT id FROM leads WHERE id > indexed_upto ORDER BY id LIMIT ${BATCH})), indexed_upto)`,
    ]);
    return result.changes[0] ?? 0;
  }
}

/** Counts the leads the index has not taken in yet, as `n`. */
export function notIndexedStatement(): SqlStatement {
  return sql`SELECT count(*) AS n FROM leads
    WHERE id > (SELECT indexed_upto FROM lead_search_state)`;
}
