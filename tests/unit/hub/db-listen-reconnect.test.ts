import { describe, expect, it } from 'vitest';
import { useHubDatabases } from '../../support/hub-db-fixture';

describe('the server adapter’s LISTEN connection', () => {
  const fixture = useHubDatabases('server');

  it('is reopened, its channels listened to again, when the server drops it', async () => {
    const db = await fixture.open();
    const received: string[] = [];
    const waiters = new Map<string, () => void>();
    const heard = (prefix: string) => new Promise<void>((resolve) => waiters.set(prefix, resolve));
    await db.listen('hub_events', (payload) => {
      received.push(payload);
      for (const [prefix, resolve] of waiters) if (payload.startsWith(prefix)) resolve();
    });
    const before = heard('before');
    await db.notify('hub_events', 'before');
    await before;
    const terminated = await db.query<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
       WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
    );
    expect(terminated.rows).toEqual([{ ok: true }]);
    // A notification sent while the connection is down is lost by design: keep sending until
    // the reopened connection hears one (the handler's signal ends the wait, not a timer).
    const after = heard('after');
    let sent = 0;
    const sender = setInterval(() => void db.notify('hub_events', `after ${++sent}`), 50);
    await after.finally(() => clearInterval(sender));
    expect(received[0]).toBe('before');
    expect(received.at(-1)).toMatch(/^after \d+$/);
  });
});
