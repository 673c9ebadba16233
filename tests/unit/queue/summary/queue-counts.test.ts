import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import { QueueCounts } from '../../../../electron/core/queue/summary/queue-counts';
import { CampaignRepository } from '../../../../electron/core/campaigns/campaign-repository';
import type { Store } from '../../../../electron/core/platform/store';
import {
  attemptFor,
  leadRow,
  openPortsFixture,
  seedLead,
  START,
  type PortsFixture,
} from '../../../support/store-fixture';

const disposition = (code: string): Disposition =>
  DEFAULT_DISPOSITIONS.find((d) => d.code === code)!;

/** The store, with the number of count queries it ran. */
function counting(store: Store): { store: Store; counts: () => number } {
  let counts = 0;
  return {
    store: {
      ...store,
      all: (statement) => store.all(statement),
      get: (statement) => {
        if (statement.text.includes('count(*)')) counts++;
        return store.get(statement);
      },
    },
    counts: () => counts,
  };
}

describe('QueueCounts', () => {
  let f: PortsFixture;
  beforeEach(async () => (f = await openPortsFixture()));
  afterEach(() => f.close());

  async function outcome(leadId: number, code: string) {
    const placed = attemptFor(leadId, { startedAt: START });
    await f.ports.startAttempt(placed);
    await f.ports.recordOutcome(
      { ...placed, endedAt: START + 60_000, outcomeCode: code, recordedAt: START + 70_000 },
      disposition(code),
    );
    return placed.id;
  }

  it('counts once, then follows each outcome and undo without counting again', async () => {
    const [a, b] = [await seedLead(f.store), await seedLead(f.store), await seedLead(f.store)];
    const spy = counting(f.store);
    const counts = new QueueCounts(spy.store);
    expect(await counts.read()).toEqual({ queued: 3, held: 0 });

    await outcome(b, 'no-answer');
    const done = await outcome(a, 'not-interested');
    for (const change of f.changes) counts.apply(change);
    expect(await counts.read()).toEqual({ queued: 2, held: 0 });
    await f.ports.undoOutcome(done);
    counts.apply(f.changes.at(-1)!);
    expect(await counts.read()).toEqual({ queued: 3, held: 0 });
    expect(spy.counts()).toBe(1);
  });

  it('counts again when an outcome puts a number on the DNC list, or when told to', async () => {
    await f.store.write(
      CampaignRepository.ensureStatement({ id: 'c2', name: 'Two', createdAt: 0 }),
    );
    const a = await seedLead(f.store);
    const phone = (await leadRow(f.store, a)).phone_e164 as string;
    await seedLead(f.store, { campaignId: 'c2', phoneE164: phone });
    await seedLead(f.store, { status: 'held', timeZone: null, holdReason: 'zone' });
    const spy = counting(f.store);
    const counts = new QueueCounts(spy.store);
    expect(await counts.read()).toEqual({ queued: 2, held: 1 });

    await outcome(a, 'do-not-call');
    counts.apply(f.changes.at(-1)!);
    // Both leads with that number leave: one is finished, the other's number is now listed.
    expect(await counts.read()).toEqual({ queued: 0, held: 1 });
    expect(spy.counts()).toBe(2);
    counts.invalidate();
    await counts.read();
    expect(spy.counts()).toBe(3);
  });
});
