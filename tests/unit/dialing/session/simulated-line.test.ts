import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../../shared/domain/attempt';
import { DEFAULT_DISPOSITIONS } from '../../../../shared/domain/disposition';
import { PowerDialSession } from '../../../../electron/core/dialing/session/power-dial-session';
import { SimulatedTelephonyProvider } from '../../../../electron/core/telephony/simulated/simulated-provider';
import { ManualClock } from '../../../support/manual-clock';
import { FakePorts } from './fake-ports';
import { makeLeads } from './leads';

describe('PowerDialSession on the simulated line', () => {
  it('works a scripted queue end to end with the embedded provider', async () => {
    const clock = new ManualClock();
    const provider = new SimulatedTelephonyProvider({
      clock,
      seed: 7,
      scriptedOutcomes: ['answer', 'no-answer', 'busy', 'machine', 'failed', 'answer'],
    });
    const ports = new FakePorts(makeLeads(6));
    const session = new PowerDialSession({
      repId: 'rep-1',
      provider,
      clock,
      ports,
      dispositions: DEFAULT_DISPOSITIONS,
    });

    await session.start();
    for (let step = 0; step < 2_000 && session.snapshot().state !== 'idle'; step++) {
      if (session.snapshot().state === 'connected') {
        clock.advance(5_000);
        await session.settled();
        if (session.snapshot().state === 'connected') await session.hangup();
        await session.selectOutcome('converted');
        await session.confirm();
      } else {
        clock.advance(500);
      }
      await session.settled();
    }

    expect(session.snapshot()).toMatchObject({ state: 'idle', idleReason: 'queue-empty' });
    const recorded = ports.callsOf('recordOutcome').map(([attempt]) => attempt as Attempt);
    expect(recorded.map((a) => [a.leadId, a.outcomeCode])).toEqual([
      [1, 'converted'],
      [2, 'no-answer'],
      [3, 'busy'],
      [4, 'no-answer'],
      [5, 'failed'],
      [6, 'converted'],
    ]);
    for (const attempt of recorded) expect(attempt.providerCallId).toMatch(/^SIM[0-9a-f]{32}$/);
    expect(recorded[0]).toMatchObject({ talkSeconds: 5, endReason: 'hangup-local' });
    expect(recorded[3]).toMatchObject({ endReason: 'voicemail' });
    session.dispose();
    await provider.dispose();
  });
});
