import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS, type Disposition } from '../../../../shared/domain/disposition';
import type { LeadId } from '../../../../shared/domain/lead';
import type { AttemptEventBody } from '../../../../shared/floor/protocol';
import { StoreOutbox } from '../../../../electron/core/floor';
import { FloorPublisher } from '../../../../electron/core/floor/link/floor-publisher';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { CampaignRepository } from '../../../../electron/core/campaigns/campaign-repository';
import { LeadLocks } from '../../../../electron/core/dialing/lead-locks';
import type { OutcomeCompanion } from '../../../../electron/core/dialing/outcome-companion';
import { QueueCampaigns } from '../../../../electron/core/queue/store/queue-campaigns';
import { StoreSessionPorts } from '../../../../electron/core/dialing/store-session-ports';
import {
  openInlineStore,
  sql,
  type SqlStatement,
  type Store,
} from '../../../../electron/core/platform/store';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';
import { START, attemptFor, leadRow, seedLead } from '../../../support/store-fixture';
import { idleSnapshot } from './support/snapshots';

const converted = DEFAULT_DISPOSITIONS.find((d) => d.code === 'converted') as Disposition;
const quiet = createLogger(() => undefined);

/** A store that remembers the statements of every write, batch by batch. */
function recording(store: Store): { store: Store; batches: string[][] } {
  const batches: string[][] = [];
  return {
    batches,
    store: {
      ...store,
      all: (s) => store.all(s),
      get: (s) => store.get(s),
      write: (statements) => {
        const list = Array.isArray(statements) ? statements : [statements as SqlStatement];
        batches.push(list.map((s: SqlStatement) => s.text.replace(/\s+/g, ' ').trim()));
        return store.write(statements);
      },
    },
  };
}

describe('an outcome and its floor event', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let clock: ManualClock;
  let outbox: StoreOutbox;
  let notified: number;
  let warnings: string[];

  beforeEach(async () => {
    temp = makeTempDir('dialdeck-floor-outcome-');
    ({ store } = await openInlineStore({ dataDir: temp.dir }));
    await store.write(CampaignRepository.ensureStatement({ id: 'c1', name: 'Test', createdAt: 0 }));
    clock = new ManualClock(START);
    outbox = await StoreOutbox.open(store, () => clock.now());
    notified = 0;
    warnings = [];
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  function publisher(): FloorPublisher {
    const log = createLogger((level, line) => {
      if (level === 'warn') warnings.push(line);
    });
    const floor = new FloorPublisher({
      outbox,
      clock,
      log,
      session: () => idleSnapshot(START),
      notify: () => notified++,
    });
    floor.setEnabled(true);
    return floor;
  }

  function ports(onto: Store, companion: OutcomeCompanion): StoreSessionPorts {
    return new StoreSessionPorts({
      store: onto,
      campaigns: new QueueCampaigns(onto, quiet),
      locks: new LeadLocks(),
      clock,
      repId: 'rep-1',
      outcomeCompanion: companion,
    });
  }

  async function attemptEvents(): Promise<AttemptEventBody[]> {
    const entries = await outbox.after(0, 100);
    return entries.flatMap((entry) => (entry.body.type === 'attempt' ? [entry.body] : []));
  }

  /** A dial to the lead started at START and recorded converted, through `session`. */
  async function dialAndConvert(session: StoreSessionPorts, leadId: LeadId): Promise<void> {
    const placed = attemptFor(leadId, { startedAt: START });
    await session.startAttempt(placed);
    await session.recordOutcome(
      { ...placed, outcomeCode: 'converted', recordedAt: START },
      converted,
    );
  }

  it('lands in the same write as the outcome, with the facts of the call and the lead', async () => {
    const floor = publisher();
    const leadId = await seedLead(store, { createdAt: START - 20 * 60_000, source: 'Web form' });
    const spy = recording(store);
    const session = ports(spy.store, floor);
    const placed = attemptFor(leadId, { startedAt: START });
    await session.startAttempt(placed);
    const recorded = {
      ...placed,
      providerCallId: 'SIM1',
      ringingAt: START + 1_000,
      answeredAt: START + 4_000,
      endedAt: START + 94_000,
      talkSeconds: 90,
      endReason: 'hangup-local' as const,
      outcomeCode: 'converted',
      recordedAt: START + 100_000,
    };
    const before = notified;
    await session.recordOutcome(recorded, converted);

    const outcomeWrite = spy.batches.find((batch) => batch.some((s) => s.includes('hub_outbox')));
    expect(outcomeWrite).toBeDefined();
    expect(outcomeWrite?.some((s) => s.startsWith('INSERT INTO attempts'))).toBe(true);
    expect(outcomeWrite?.some((s) => s.startsWith('UPDATE leads'))).toBe(true);
    expect(notified).toBe(before + 1);

    expect(await attemptEvents()).toEqual([
      {
        type: 'attempt',
        attemptId: placed.id,
        leadId,
        outcomeCode: 'converted',
        contact: true,
        conversion: true,
        startedAt: START,
        answeredAt: START + 4_000,
        endedAt: START + 94_000,
        talkSeconds: 90,
        recordedAt: START + 100_000,
        leadCreatedAt: START - 20 * 60_000,
        leadFirstAttemptAt: START,
        source: 'Web form',
        campaign: { id: 'c1', name: 'Test' },
      },
    ]);
  });

  it('reports an outcome kept not on the line with neither contact nor conversion', async () => {
    const floor = publisher();
    const leadId = await seedLead(store);
    const session = ports(store, floor);
    const placed = attemptFor(leadId, { startedAt: START });
    await session.startAttempt(placed);
    await session.recordOutcome(
      {
        ...placed,
        providerCallId: 'SIM1',
        endedAt: START + 20_000,
        endReason: 'no-answer',
        outcomeCode: 'converted',
        notOnTheLine: true,
        recordedAt: START + 25_000,
      },
      converted,
    );
    expect(await attemptEvents()).toMatchObject([
      { attemptId: placed.id, outcomeCode: 'converted', contact: false, conversion: false },
    ]);
  });

  it('is written in one transaction with it: a failing companion statement undoes the outcome', async () => {
    const leadId = await seedLead(store);
    const broken: OutcomeCompanion = {
      statementsFor: () => [sql`INSERT INTO no_such_table (x) VALUES (1)`],
      written: () => notified++,
    };
    const session = ports(store, broken);
    const placed = attemptFor(leadId, { startedAt: START });
    await session.startAttempt(placed);
    await expect(
      session.recordOutcome({ ...placed, outcomeCode: 'converted', recordedAt: START }, converted),
    ).rejects.toThrow(/no_such_table/);

    const row = await store.get<{ outcome_code: string | null }>(
      sql`SELECT outcome_code FROM attempts WHERE id = ${placed.id}`,
    );
    expect(row?.outcome_code).toBeNull();
    expect((await leadRow(store, leadId)).status).toBe('new');
    expect(notified).toBe(0);
  });

  it('is left out while no hub is set up, and the outcome is saved as always', async () => {
    const floor = publisher();
    floor.setEnabled(false);
    const leadId = await seedLead(store);
    await dialAndConvert(ports(store, floor), leadId);
    expect((await leadRow(store, leadId)).status).toBe('done');
    expect(await attemptEvents()).toEqual([]);
  });

  it('never costs the rep an outcome the hub would refuse (a lead dated 1990)', async () => {
    const floor = publisher();
    const leadId = await seedLead(store, { createdAt: Date.UTC(1990, 0, 1) });
    await dialAndConvert(ports(store, floor), leadId);
    expect((await leadRow(store, leadId)).status).toBe('done');
    expect(await attemptEvents()).toEqual([]);
    expect(warnings.join('\n')).toMatch(/could not be reported to the hub/);
  });
});
