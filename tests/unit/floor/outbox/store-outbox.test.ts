import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreOutbox } from '../../../../electron/core/floor/outbox/store-outbox';
import { openInlineStore, openStore } from '../../../../electron/core/platform/store/open-store';
import { sql } from '../../../../electron/core/platform/store/sql';
import { makeTempDir } from '../../../support/temp-dir';
import { attemptBody, stateBody } from '../../hub/support/floor-events';
import { REP_WITH_OUTBOX } from '../../hub/support/rep-schema';

const AT = Date.UTC(2026, 10, 27, 14, 0, 0);

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir('dialdeck-outbox-')));
afterEach(() => temp.remove());

describe('StoreOutbox', () => {
  it('numbers events 1, 2, 3 and keeps them until delivered, across a reopen', async () => {
    const opened = await openInlineStore({ dataDir: temp.dir, migrations: REP_WITH_OUTBOX });
    const outbox = await StoreOutbox.open(opened.store, () => AT);
    const streamId = await outbox.streamId();
    const entries = [
      await outbox.append(stateBody('dialing', AT), AT),
      await outbox.append(
        attemptBody('a1', AT, { code: 'no-answer', contact: false, conversion: false }),
        AT + 30_000,
      ),
      await outbox.append(stateBody('idle', AT + 31_000), AT + 31_000),
    ];
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    await outbox.markDelivered(1);
    expect(await outbox.backlog()).toBe(2);
    await opened.store.close();

    const reopened = await openInlineStore({ dataDir: temp.dir, migrations: REP_WITH_OUTBOX });
    const again = await StoreOutbox.open(reopened.store, () => AT);
    expect(await again.streamId()).toBe(streamId);
    expect(await again.deliveredSeq()).toBe(1);
    expect(await again.after(1, 10)).toEqual(entries.slice(1));
    expect((await again.append(stateBody('paused', AT, { pauseCode: 'break' }), AT)).seq).toBe(4);
    await reopened.store.close();
  });

  it('writes an event in the same transaction as the change it reports, or neither', async () => {
    const { store } = await openInlineStore({ dataDir: temp.dir, migrations: REP_WITH_OUTBOX });
    const outbox = await StoreOutbox.open(store);
    const { statement } = StoreOutbox.appendStatement(stateBody('idle', AT), AT);
    await expect(
      store.write([statement, sql`INSERT INTO no_such_table VALUES (1)`]),
    ).rejects.toThrow(/no such table/);
    expect(await outbox.backlog()).toBe(0);
    expect(() =>
      StoreOutbox.appendStatement({ ...stateBody('idle', AT), state: 'lunch' } as never, AT),
    ).toThrow();
    await store.close();
  });

  it('prunes delivered events after a week, never undelivered ones, and never reuses a seq', async () => {
    let now = AT;
    const { store } = await openInlineStore({ dataDir: temp.dir, migrations: REP_WITH_OUTBOX });
    const outbox = await StoreOutbox.open(store, () => now);
    await outbox.append(stateBody('idle', AT), AT);
    await outbox.append(stateBody('dialing', AT), AT);
    now = AT + 8 * 24 * 3_600_000;
    await outbox.markDelivered(2);
    expect(await outbox.after(0, 10)).toEqual([]);
    expect((await outbox.append(stateBody('idle', now), now)).seq).toBe(3);
    await store.close();
  });

  it('runs on the worker store with the migrations passed to it', async () => {
    const { store, stats } = await openStore({ dataDir: temp.dir, migrations: REP_WITH_OUTBOX });
    expect(stats.openReport.migratedTo).toBe(REP_WITH_OUTBOX.length);
    const outbox = await StoreOutbox.open(store);
    expect((await outbox.append(stateBody('idle', AT), AT)).seq).toBe(1);
    await store.close();
  });
});
