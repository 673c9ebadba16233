import type { SessionStateName } from '../../../../shared/domain/session';
import { createHarness, type Harness } from './session-harness';

/** A fresh power-mode session brought to `state` the ordinary way. */
export async function reachState(state: SessionStateName): Promise<Harness> {
  const h = createHarness({
    leads: 3,
    config: { mode: state === 'preview' ? 'preview' : 'power' },
  });
  const { session, provider } = h;
  switch (state) {
    case 'idle':
      break;
    case 'preview':
      await session.start();
      break;
    case 'paused':
      await session.pause('break');
      break;
    case 'dialing':
      await session.start();
      break;
    case 'ringing':
      await session.start();
      provider.ring();
      break;
    case 'connected':
      await session.start();
      await h.ringAndAnswer();
      break;
    case 'wrap-up':
      await session.start();
      await h.ringAndAnswer();
      await session.hangup();
      break;
  }
  await h.settle();
  if (h.snap().state !== state) throw new Error(`Reached ${h.snap().state}, not ${state}.`);
  return h;
}
