import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/create-core';
import { AttemptRepository } from '../../../electron/core/dialing';
import { sql } from '../../../electron/core/platform/store';
import type { LocalPresenceSettings } from '../../../shared/domain/local-presence';
import { ManualClock } from '../../support/manual-clock';
import { TEST_WORKDAY_START, startTestCore } from '../../support/node-core';
import { makeTempDir } from '../../support/temp-dir';
import { CoreDriver } from '../app/core-driver';
import { FakeProvider } from '../dialing/session/fake-provider';

const POOL: LocalPresenceSettings = {
  numbers: [
    { number: '+12125550100', label: 'New York office' },
    { number: '+13035550100', label: 'Denver office' },
  ],
  countries: ['US'],
  defaultNumber: '+12125550100',
};

describe('local presence in a running core', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core | null = null;
  beforeEach(() => {
    temp = makeTempDir();
    core = null;
  });
  afterEach(async () => {
    await core?.close();
    temp.remove();
  });

  async function leadIdOf(phoneE164: string): Promise<number> {
    const row = await core?.store.get<{ id: number }>(
      sql`SELECT id FROM leads WHERE phone_e164 = ${phoneE164}`,
    );
    if (!row) throw new Error(`no demo lead ${phoneE164}`);
    return row.id;
  }

  it('presents the pool’s 303 number to a lead in 303, and the line’s own where GB is not allowed', async () => {
    const clock = new ManualClock(TEST_WORKDAY_START);
    const provider = new FakeProvider(clock);
    core = await startTestCore(temp.dir, {
      clock,
      telephonyProvider: provider,
      settingsOverrides: { repId: 'ana', dialMode: 'preview' },
    });
    const driver = new CoreDriver(core, clock);
    await driver.call('settings.update', { localPresence: POOL });

    // The demo's Denver lead (+1 303 555 0176).
    await driver.call('session.dialLead', await leadIdOf('+13035550176'));
    await core.session.settled();
    const toDenver = provider.dials[0];
    expect(toDenver).toMatchObject({ to: '+13035550176', callerId: '+13035550100' });
    // The rep's screen says what the prospect sees.
    expect(core.session.snapshot().call?.presentedCallerId).toBe('+13035550100');

    await driver.call('session.hangup');
    await driver.call('session.selectOutcome', 'no-answer');
    await driver.call('session.confirm');
    // The demo's London lead: Britain is not among the countries allowed.
    await driver.call('session.dialLead', await leadIdOf('+442079460958'));
    await core.session.settled();
    expect(provider.dials[1]).toMatchObject({ to: '+442079460958', callerId: null });

    const attempts = new AttemptRepository(core.store);
    expect((await attempts.byId(toDenver?.attemptId ?? ''))?.presentedCallerId).toBe(
      '+13035550100',
    );
    expect((await attempts.byId(provider.dials[1]?.attemptId ?? ''))?.presentedCallerId).toBeNull();
  });
});
