import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS, SYSTEM_DISPOSITIONS } from '../../../../shared/domain/disposition';
import { DomainError } from '../../../../shared/result';
import { LeadSupply } from '../../../../electron/core/dialing/session/lead-supply';
import { OutcomeBook } from '../../../../electron/core/dialing/session/outcome-book';
import { SerialQueue } from '../../../../electron/core/platform/concurrency/serial-queue';
import { resolveSessionConfig } from '../../../../electron/core/dialing/session/session-config';
import { deferred } from './deferred';
import { FakePorts } from './fake-ports';
import { makeLeads } from './leads';

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
      wrapUpSeconds: 45,
      autoWrapUpSeconds: 2,
      noAnswerTimeoutSeconds: 25,
      stuckDialingTimeoutSeconds: 15,
      machineAnswer: 'hang-up',
      maxConsecutiveLineFailures: 3,
      callerId: null,
      keepOutcomesNotOnTheLine: false,
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

  const draft = {
    outcomeCode: null,
    note: '',
    callbackAt: null,
    automatic: false,
    dncConfirmed: false,
  };
  const answered = (change: Partial<typeof draft> | object) => ({
    draft: { ...draft, ...change },
    answeredBy: 'human' as const,
    reachedRep: true,
  });

  it('checks that a draft can be recorded', () => {
    const book = new OutcomeBook(DEFAULT_DISPOSITIONS);
    expect(book.check(answered({}))).toMatchObject({
      ok: false,
      error: { message: 'Pick an outcome first.' },
    });
    expect(book.check(answered({ outcomeCode: 'callback' }))).toMatchObject({ ok: false });
    expect(book.check(answered({ outcomeCode: 'callback', callbackAt: 1 }))).toMatchObject({
      ok: true,
      disposition: { code: 'callback' },
    });
  });

  it('a do-not-call outcome is recorded only once confirmed', () => {
    const book = new OutcomeBook(DEFAULT_DISPOSITIONS);
    expect(book.check(answered({ outcomeCode: 'do-not-call' }))).toMatchObject({
      ok: false,
      error: {
        message: '"Do not call" puts the number on the do-not-call list: press 8 again to confirm.',
      },
    });
    expect(book.check(answered({ outcomeCode: 'do-not-call', dncConfirmed: true }))).toMatchObject({
      ok: true,
      disposition: { code: 'do-not-call' },
    });
  });

  it('a contact or a conversion needs a person on the line', () => {
    const book = new OutcomeBook(DEFAULT_DISPOSITIONS);
    const unanswered = {
      ...answered({ outcomeCode: 'converted' }),
      answeredBy: null,
      reachedRep: false,
    };
    expect(book.check(unanswered)).toMatchObject({
      ok: false,
      error: {
        message:
          '"Converted" needs a person on the line, and nobody answered: choose an outcome such as no answer or voicemail left.',
      },
    });
    const machine = { ...answered({ outcomeCode: 'interested' }), answeredBy: 'machine' as const };
    expect(book.check(machine)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('an answering machine took this call') as unknown },
    });
    expect(
      book.check({ ...unanswered, draft: { ...draft, outcomeCode: 'voicemail-left' } }),
    ).toMatchObject({
      ok: true,
      notOnTheLine: false,
    });
  });

  it('where the settings keep them, such outcomes are kept but marked not on the line', () => {
    const book = new OutcomeBook(DEFAULT_DISPOSITIONS, true);
    const unanswered = {
      ...answered({ outcomeCode: 'converted' }),
      answeredBy: null,
      reachedRep: false,
    };
    const converted = book.require('converted');
    expect(book.misfit(converted, unanswered)).toBeNull();
    expect(book.missingPerson(converted, unanswered)).toBe('nobody answered');
    expect(book.check(unanswered)).toMatchObject({
      ok: true,
      disposition: { code: 'converted' },
      notOnTheLine: true,
    });
    const machine = { ...answered({ outcomeCode: 'interested' }), answeredBy: 'machine' as const };
    expect(book.check(machine)).toMatchObject({ ok: true, notOnTheLine: true });
    // A person on the line, or an outcome that claims no contact: nothing to mark.
    expect(book.check(answered({ outcomeCode: 'converted' }))).toMatchObject({
      ok: true,
      notOnTheLine: false,
    });
    expect(
      book.check({ ...unanswered, draft: { ...draft, outcomeCode: 'no-answer' } }),
    ).toMatchObject({ ok: true, notOnTheLine: false });
  });
});

describe('LeadSupply', () => {
  const supply = (ports: FakePorts, errors: string[] = []) => {
    const work: Array<Promise<unknown>> = [];
    const leads = new LeadSupply(
      ports,
      (p) => work.push(p),
      (message) => errors.push(message),
    );
    return { leads, work };
  };

  it('hands out the lead looked up early, then asks the queue', async () => {
    const ports = new FakePorts(makeLeads(3));
    const { leads } = supply(ports);
    leads.lookUpEarly();
    leads.lookUpEarly();
    expect((await leads.next())?.lead.id).toBe(1);
    expect((await leads.next())?.lead.id).toBe(2);
    expect(ports.callsOf('nextLead')).toHaveLength(2);
  });

  it('a lead put back is offered next; put back over a look-up, it is unlocked instead', async () => {
    const ports = new FakePorts(makeLeads(3));
    const { leads, work } = supply(ports);
    const first = await leads.next();
    if (!first) throw new Error('no lead');
    leads.putBack(first);
    expect(await leads.next()).toBe(first);

    leads.lookUpEarly();
    await Promise.all(work);
    leads.putBack(first);
    await Promise.all(work);
    expect(ports.callsOf('releaseLead')).toEqual([[1]]);
    expect((await leads.next())?.lead.id).toBe(2);
  });

  it('dropping the look-up unlocks its lead; an unlock failure is reported, not thrown', async () => {
    const ports = new FakePorts(makeLeads(2));
    const errors: string[] = [];
    const { leads } = supply(ports, errors);
    leads.lookUpEarly();
    ports.failNext('releaseLead', new Error('busy'));
    await leads.dropLookAhead();
    expect(ports.callsOf('releaseLead')).toEqual([[1]]);
    expect(errors).toEqual(['Could not unlock First1 Last1 (busy)']);
    await leads.dropLookAhead();
    expect(ports.callsOf('releaseLead')).toHaveLength(1);
  });
});
