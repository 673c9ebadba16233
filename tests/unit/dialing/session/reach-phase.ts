import type { DialMode, SessionSnapshot } from '../../../../shared/domain/session';
import type { Phase } from '../../../../electron/core/dialing/session/transitions';
import { deferred, flushMicrotasks, type Deferred } from './deferred';
import { createHarness, type Harness } from './session-harness';

/** What the run went through before it reached the phase, beyond the ordinary way there. */
export interface Situation {
  /** An outcome was recorded earlier in the run (undo has one to take back, where it still may). */
  outcomeRecorded?: boolean;
  /** The call's dial() has not answered yet: the test resolves it (or makes it reject). */
  dialPending?: boolean;
  /** The wrap-up's draft can be recorded as it is (a pause holding an unfinished call has none). */
  outcomeChosen?: boolean;
}

export interface Reached {
  h: Harness;
  /** The pending dial's gate, when the situation asked for one. */
  dial: Deferred<void> | null;
}

export function phaseOfSnapshot(snapshot: SessionSnapshot): Phase {
  return snapshot.state === 'paused' && snapshot.call !== null
    ? 'paused-unfinished'
    : snapshot.state;
}

const AFTER_A_DIAL: readonly Phase[] = [
  'dialing',
  'ringing',
  'connected',
  'wrap-up',
  'paused-unfinished',
];
const ENDS_AFTER_AN_OUTCOME: readonly Phase[] = ['idle', 'preview', 'paused'];

/**
 * A fresh session in `mode` brought to `phase` the ordinary way, in `situation`; null when that
 * situation cannot arise in that phase (no dial is pending outside a call and what follows it).
 * The preview phase in power mode is reached the way it arises there: the dial-time check fails.
 */
export async function reachPhase(
  phase: Phase,
  mode: DialMode,
  situation: Situation = {},
): Promise<Reached | null> {
  if (situation.dialPending && !AFTER_A_DIAL.includes(phase)) return null;
  // With one lead, confirming its outcome leaves the queue empty: idle, with an outcome to undo.
  const leads = phase === 'idle' && situation.outcomeRecorded ? 1 : 3;
  const h = createHarness({ leads, config: { mode } });
  const { session, provider } = h;
  const dial = situation.dialPending ? deferred() : null;
  // A pending dial keeps settled() waiting, so the session is only let run what is queued.
  const quiet = dial ? () => flushMicrotasks().then(flushMicrotasks) : () => h.settle();
  const phaseNow = () => phaseOfSnapshot(h.snap());

  if (situation.outcomeRecorded) {
    await session.start();
    if (phaseNow() === 'preview') await session.dial();
    await h.ringAndAnswer();
    await session.hangup();
    await session.selectOutcome('not-interested');
    if (phase === 'paused') await session.pause('break');
    // In power mode a lead is shown rather than dialed when its dial-time check fails.
    if (phase === 'preview' && mode === 'power') h.ports.failNext('isDialable');
    await session.confirm();
    await h.settle();
  }

  if (!(situation.outcomeRecorded && ENDS_AFTER_AN_OUTCOME.includes(phase))) {
    switch (phase) {
      case 'idle':
        break;
      case 'preview':
        if (mode === 'power') h.ports.failNext('isDialable');
        await session.start().catch(() => undefined);
        break;
      case 'paused':
        await session.pause('break');
        break;
      default:
        if (dial) provider.dialGate = dial;
        if (phaseNow() === 'idle') await session.start();
        if (phaseNow() === 'preview') await session.dial();
        await quiet();
        if (phase === 'dialing') break;
        provider.ring();
        await quiet();
        if (phase === 'ringing') break;
        provider.answer();
        await quiet();
        if (phase === 'connected') break;
        // Chosen on the call: an edit in wrap-up would hold the countdown.
        if (phase === 'wrap-up' && situation.outcomeChosen) {
          await session.selectOutcome('not-interested');
        }
        await session.hangup();
        await quiet();
        if (phase === 'wrap-up') break;
        // The countdown runs out with no outcome chosen.
        h.clock.advance(h.session.config.wrapUpSeconds * 1000);
        await quiet();
    }
  }
  if (!dial) await h.settle();
  if (phaseNow() !== phase) throw new Error(`Reached ${phaseNow()}, not ${phase}.`);
  return { h, dial };
}
