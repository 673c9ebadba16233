import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/create-core';
import { AttemptRepository } from '../../../electron/core/dialing/attempt-repository';
import type { SessionSnapshot } from '../../../shared/domain/session';
import { startTestCore } from '../../support/node-core';
import { makeTempDir } from '../../support/temp-dir';

/** The next snapshot the core pushes in `state` for a call after attempt `after` (subscribe first, then act). */
function nextState(
  core: Core,
  state: SessionSnapshot['state'],
  after: number,
): Promise<SessionSnapshot> {
  return new Promise((resolve) => {
    const stop = core.events.subscribe((event, payload) => {
      const snapshot = payload as SessionSnapshot;
      if (event !== 'session.changed' || snapshot.state !== state) return;
      if (Number(snapshot.call?.attemptId) <= after) return;
      stop();
      resolve(snapshot);
    });
  });
}

async function call(core: Core, method: string, ...args: unknown[]): Promise<SessionSnapshot> {
  const result = await core.dispatcher.dispatch(method, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SessionSnapshot;
}

describe('the simulated line as the core builds it from CoreOptions.simulation', () => {
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

  it('plays the scripted outcomes on the real clock, waiting on events only', async () => {
    let attempts = 0;
    core = await startTestCore(temp.dir, {
      simulation: { seed: 3, speed: 'instant', outcomes: ['answer', 'no-answer', 'busy'] },
      settingsOverrides: { repId: 'ana' },
      newAttemptId: () => String(++attempts),
    });
    const connected = nextState(core, 'connected', 0);
    await call(core, 'session.start');
    await connected;
    await call(core, 'session.hangup');
    await call(core, 'session.selectOutcome', 'converted');
    const noAnswer = nextState(core, 'wrap-up', 1);
    await call(core, 'session.confirm');
    expect((await noAnswer).draft?.outcomeCode).toBe('no-answer');
    const busy = nextState(core, 'wrap-up', 2);
    await call(core, 'session.confirm');
    expect((await busy).draft?.outcomeCode).toBe('busy');
    await call(core, 'session.pause', 'break');
    expect(await call(core, 'session.confirm')).toMatchObject({ state: 'paused' });

    const stored = await new AttemptRepository(core.store).all();
    expect(stored.map((a) => a.outcomeCode)).toEqual(['converted', 'no-answer', 'busy']);
  });
});
