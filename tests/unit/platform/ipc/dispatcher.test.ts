import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../../shared/ipc/contract';
import { DomainError } from '../../../../shared/result';
import {
  combineHandlers,
  createDispatcher,
  type Handlers,
} from '../../../../electron/core/platform/ipc/dispatcher';
import { createLogger } from '../../../../electron/core/platform/log/logger';
import { ANA_SETTINGS } from '../../../support/settings-fixture';

const settings = {
  ...ANA_SETTINGS,
  secretsSet: {
    twilioApiKeySecret: false,
    twilioAuthToken: false,
    hubToken: false,
    twilioTokenUrlKey: false,
    hubRepKey: false,
    hubDatabaseUrl: false,
    sipPassword: false,
    sipTurnPassword: false,
  },
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const all = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      vi.fn(() => Promise.reject(new Error(`unexpected ${method}`))),
    ]),
  ) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('dispatcher', () => {
  const log = createLogger(() => undefined);

  it('runs the handler with validated arguments and wraps its value', async () => {
    const update = vi.fn((patch: { wrapUpSeconds?: number }) => ({ ...settings, ...patch }));
    const dispatcher = createDispatcher(handlers({ 'settings.update': update }), log);
    const result = await dispatcher.dispatch('settings.update', [{ wrapUpSeconds: 15 }]);
    expect(result).toEqual({ ok: true, value: { ...settings, wrapUpSeconds: 15 } });
    expect(update).toHaveBeenCalledWith({ wrapUpSeconds: 15 });
  });

  it('refuses unknown methods and bad arguments before any handler runs', async () => {
    const update = vi.fn();
    const dispatcher = createDispatcher(handlers({ 'settings.update': update }), log);
    expect(await dispatcher.dispatch('shell.exec', [])).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'Unknown request "shell.exec".' },
    });
    const bad = await dispatcher.dispatch('settings.update', [{ wrapUpSeconds: -1 }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-argument');
      expect(bad.error.message).toMatch(/settings\.update \(argument 0\.wrapUpSeconds\)/);
    }
    const extra = await dispatcher.dispatch('settings.update', [{ role: 'rep', admin: true }]);
    expect(extra.ok).toBe(false);
    const notArray = await dispatcher.dispatch('queue.summary', 'x');
    expect(notArray.ok).toBe(false);
    expect(update).not.toHaveBeenCalled();
  });

  it('dials only a lead id a store could hold: a positive whole number', async () => {
    const dialLead = vi.fn(() => ({ state: 'dialing' }));
    const dispatcher = createDispatcher(handlers({ 'session.dialLead': dialLead } as never), log);
    for (const args of [['7'], [0], [-3], [1.5], [], [7, 8], [null]]) {
      const refused = await dispatcher.dispatch('session.dialLead', args);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('invalid-argument');
    }
    expect(dialLead).not.toHaveBeenCalled();
    expect(await dispatcher.dispatch('session.dialLead', [7])).toMatchObject({ ok: true });
    expect(dialLead).toHaveBeenCalledWith(7);
  });

  it('turns a DomainError into its code and message, anything else into internal', async () => {
    const dispatcher = createDispatcher(
      handlers({
        'queue.summary': () => {
          throw new DomainError('unavailable', 'The queue is being rebuilt.');
        },
        'app.info': () => {
          throw new Error('disk on fire');
        },
      }),
      log,
    );
    expect(await dispatcher.dispatch('queue.summary', [])).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The queue is being rebuilt.' },
    });
    expect(await dispatcher.dispatch('app.info', [])).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Dialdeck could not complete app.info: disk on fire' },
    });
  });

  it('refuses to start with a method nobody handles, or one handled twice', () => {
    const { 'queue.summary': _omitted, ...partial } = handlers();
    expect(() => createDispatcher(partial, log)).toThrow(/No handler for: queue.summary/);
    expect(() =>
      combineHandlers(
        { 'app.info': handlers()['app.info'] },
        { 'app.info': handlers()['app.info'] },
      ),
    ).toThrow(/Two handlers for app.info/);
  });
});
