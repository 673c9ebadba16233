import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS, SYSTEM_DISPOSITIONS } from '../../../shared/domain/disposition';
import { DomainError } from '../../../shared/result';
import { OutcomeBook } from '../../../electron/core/session/outcome-book';
import { SerialQueue } from '../../../electron/core/session/serial-queue';
import { resolveSessionConfig } from '../../../electron/core/session/session-config';
import { deferred } from './deferred';

describe('SerialQueue', () => {
  it('runs steps one after another in the order they were queued, even across awaits', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const gate = deferred();
    const first = queue.run(async () => {
      log.push('first:start');
      await gate.promise;
      log.push('first:end');
    });
    const second = queue.run(() => log.push('second'));
    gate.resolve();
    await Promise.all([first, second]);
    expect(log).toEqual(['first:start', 'first:end', 'second']);
  });

  it('a failing step rejects its own promise and does not stop the next', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(() => {
      throw new Error('boom');
    });
    const next = queue.run(() => 42);
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe(42);
  });

  it('drained() waits for steps queued while it waits', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    void queue.run(() => {
      void queue.run(() => log.push('queued meanwhile'));
    });
    await queue.drained();
    expect(log).toEqual(['queued meanwhile']);
  });
});

describe('resolveSessionConfig', () => {
  it('fills in the defaults', () => {
    expect(resolveSessionConfig()).toEqual({
      mode: 'power',
      autoAdvance: true,
      wrapUpSeconds: 10,
      autoWrapUpSeconds: 2,
      noAnswerTimeoutSeconds: 25,
      stuckDialingTimeoutSeconds: 15,
      machineAnswer: 'hang-up',
      maxConsecutiveLineFailures: 3,
      callerId: null,
    });
  });

  it('keeps what is given', () => {
    expect(resolveSessionConfig({ mode: 'preview', wrapUpSeconds: 30 })).toMatchObject({
      mode: 'preview',
      wrapUpSeconds: 30,
      autoWrapUpSeconds: 2,
    });
  });

  it('refuses bad settings, naming each one', () => {
    const error = (() => {
      try {
        resolveSessionConfig({ wrapUpSeconds: 0, mode: 'auto', callerId: '555-0100', extra: 1 });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid-argument');
    const message = (error as DomainError).message;
    for (const name of ['wrapUpSeconds', 'mode', 'callerId', 'extra'])
      expect(message).toContain(name);
  });
});

describe('OutcomeBook', () => {
  it('adds the system outcomes a campaign list lacks', () => {
    const book = new OutcomeBook(DEFAULT_DISPOSITIONS);
    expect(book.require('busy')).toEqual(SYSTEM_DISPOSITIONS[0]);
    expect(book.require('converted').flags.conversion).toBe(true);
  });

  it('a campaign without no-answer cannot run a session', () => {
    const list = DEFAULT_DISPOSITIONS.filter((d) => d.code !== 'no-answer');
    expect(() => new OutcomeBook(list)).toThrow(
      'The dispositions need "no-answer": the session records them by itself for calls that reach nobody.',
    );
  });

  it('checks that a draft can be recorded', () => {
    const book = new OutcomeBook(DEFAULT_DISPOSITIONS);
    const draft = { outcomeCode: null, note: '', callbackAt: null, automatic: false };
    expect(book.check(draft)).toMatchObject({
      ok: false,
      error: { message: 'Pick an outcome first.' },
    });
    expect(book.check({ ...draft, outcomeCode: 'callback' })).toMatchObject({ ok: false });
    expect(book.check({ ...draft, outcomeCode: 'callback', callbackAt: 1 })).toMatchObject({
      ok: true,
      disposition: { code: 'callback' },
    });
  });
});
