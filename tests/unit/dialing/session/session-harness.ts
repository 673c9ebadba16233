import { DEFAULT_DISPOSITIONS } from '../../../../shared/domain/disposition';
import type { Lead } from '../../../../shared/domain/lead';
import { PowerDialSession } from '../../../../electron/core/dialing/session/power-dial-session';
import type { SessionConfigInput } from '../../../../electron/core/dialing/session/session-config';
import type { SessionSnapshot } from '../../../../electron/core/dialing/session/session-snapshot';
import { ManualClock } from '../../../support/manual-clock';
import { FakePorts } from './fake-ports';
import { FakeProvider } from './fake-provider';
import { makeLeads } from './leads';

export const START = Date.UTC(2026, 10, 27, 14, 0, 0);

export interface Harness {
  clock: ManualClock;
  provider: FakeProvider;
  ports: FakePorts;
  session: PowerDialSession;
  /** Every snapshot the session published, in order. */
  published: SessionSnapshot[];
  now(): number;
  snap(): SessionSnapshot;
  settle(): Promise<void>;
  /** Moves the clock, then lets the session apply whatever fell due. */
  advance(ms: number): Promise<void>;
  /** Plays the line for the current call: ring, a person answers, each applied in turn. */
  ringAndAnswer(): Promise<void>;
}

export function createHarness(
  options: { leads?: Lead[] | number; config?: SessionConfigInput } = {},
): Harness {
  const leads = Array.isArray(options.leads) ? options.leads : makeLeads(options.leads ?? 3);
  const clock = new ManualClock(START);
  const provider = new FakeProvider(clock);
  const ports = new FakePorts(leads);
  let attempts = 0;
  const session = new PowerDialSession({
    repId: 'rep-1',
    provider,
    clock,
    ports,
    dispositions: DEFAULT_DISPOSITIONS,
    // The tests count wrap-ups in tens of seconds; the 45 s default is tested on its own.
    config: { wrapUpSeconds: 10, ...options.config },
    newAttemptId: () => `attempt-${++attempts}`,
  });
  const published: SessionSnapshot[] = [];
  session.subscribe((snapshot) => published.push(snapshot));
  const settle = () => session.settled();
  return {
    clock,
    provider,
    ports,
    session,
    published,
    now: () => clock.now(),
    snap: () => session.snapshot(),
    settle,
    async advance(ms) {
      clock.advance(ms);
      await settle();
    },
    async ringAndAnswer() {
      provider.ring();
      await settle();
      provider.answer();
      await settle();
    },
  };
}
