import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '../../../shared/domain/disposition';
import { AttemptRepository } from '../../../electron/core/dialing';
import { exportAttemptsCsv } from '../../../electron/core/leads/export';
import { makeTempDir } from '../../support/temp-dir';
import { START, attemptFor, openPortsFixture, seedLead } from '../../support/store-fixture';

const noAnswer = DEFAULT_DISPOSITIONS.find((d) => d.code === 'no-answer');

describe('the caller ID an attempt presented, in the store', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('is kept through the outcome and a restart, and exported in the last column', async () => {
    if (!noAnswer) throw new Error('no-answer is a default outcome');
    const first = await openPortsFixture(temp.dir);
    const leadId = await seedLead(first.store, { phoneE164: '+13035550176' });
    const presented = attemptFor(leadId, { presentedCallerId: '+13035550100' });
    const ownLine = attemptFor(leadId, { startedAt: START + 60_000 });
    await first.ports.startAttempt(presented);
    await first.ports.recordOutcome(
      { ...presented, endedAt: START + 30_000, endReason: 'no-answer', outcomeCode: 'no-answer' },
      noAnswer,
    );
    await first.ports.startAttempt(ownLine);
    await first.close();

    const reopened = await openPortsFixture(temp.dir);
    try {
      const attempts = new AttemptRepository(reopened.store);
      expect(await attempts.byId(presented.id)).toMatchObject({
        presentedCallerId: '+13035550100',
        outcomeCode: 'no-answer',
      });
      expect((await attempts.byId(ownLine.id))?.presentedCallerId).toBeNull();

      const { csv } = await exportAttemptsCsv(reopened.store);
      const [header, ...rows] = csv.trim().split(/\r?\n/);
      expect(header?.split(',').at(-1)).toBe('presented_caller_id');
      expect(rows.map((row) => row.split(',').at(-1))).toEqual(['+13035550100', '']);
    } finally {
      await reopened.close();
    }
  });
});
