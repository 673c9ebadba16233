import { describe, expect, it } from 'vitest';
import {
  floorEventSchema,
  hubToRepMessageSchema,
  parseMessage,
  repMessageSchema,
  viewerCommandSchema,
} from '../../../shared/floor/validators';
import { attemptBody, envelope, stateBody } from '../hub/support/floor-events';

const AT = Date.UTC(2026, 10, 27, 14, 0, 0);

describe('floor protocol validators', () => {
  it('accept each event type as reps send them', () => {
    const events = [
      envelope('ana', 1, stateBody('paused', AT, { pauseCode: 'break' }), AT),
      envelope(
        'ana',
        2,
        attemptBody('a-1', AT, {
          code: 'converted',
          contact: true,
          conversion: true,
          talkSeconds: 95,
        }),
        AT,
      ),
      envelope(
        'ana',
        3,
        {
          type: 'escalation',
          escalationId: 'esc-00000001',
          leadId: 7,
          attemptId: 'a-1',
          note: 'Wants a manager',
        },
        AT,
      ),
      envelope('ana', 4, { type: 'lead-waiting', count: 3, oldestCreatedAt: AT - 3_600_000 }, AT),
    ];
    for (const event of events) {
      const parsed = parseMessage(repMessageSchema, JSON.stringify({ type: 'event', event }));
      expect(parsed).toEqual({ ok: true, value: { type: 'event', event } });
    }
  });

  it('say what is wrong with a bad message, in one line', () => {
    const event = envelope('ana', 1, stateBody('idle', AT), AT);
    expect(parseMessage(repMessageSchema, '{nope')).toEqual({ ok: false, error: 'not JSON' });
    expect(
      parseMessage(
        repMessageSchema,
        JSON.stringify({ type: 'event', event: { ...event, seq: 0 } }),
      ),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/^event\.seq: /),
    });
    expect(
      parseMessage(
        repMessageSchema,
        JSON.stringify({ type: 'event', event: { ...event, state: 'lunch' } }),
      ),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/^event\.state: /),
    });
  });

  it('refuse unknown fields, ids with odd characters, absurd times and overlong notes', () => {
    const base = envelope('ana', 1, stateBody('idle', AT), AT);
    expect(floorEventSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(floorEventSchema.safeParse({ ...base, repId: 'ana; drop' }).success).toBe(false);
    expect(floorEventSchema.safeParse({ ...base, eventId: 'short' }).success).toBe(false);
    expect(floorEventSchema.safeParse({ ...base, at: 42 }).success).toBe(false);
    const escalation = envelope(
      'ana',
      2,
      {
        type: 'escalation',
        escalationId: 'esc-00000001',
        leadId: null,
        attemptId: null,
        note: 'x'.repeat(2001),
      },
      AT,
    );
    expect(floorEventSchema.safeParse(escalation).success).toBe(false);
  });

  it("carry an attempt's lead source and campaign, or neither from an older app", () => {
    const body = attemptBody('a-1', AT, { code: 'converted', contact: true, conversion: true });
    const withOrigin = { ...body, source: 'Web form', campaign: { id: 'solar', name: 'Solar' } };
    const parsed = floorEventSchema.safeParse(envelope('ana', 1, withOrigin, AT));
    expect(parsed.success && parsed.data).toMatchObject(withOrigin);
    for (const origin of [{}, { source: null, campaign: null }]) {
      expect(
        floorEventSchema.safeParse(envelope('ana', 1, { ...body, ...origin }, AT)).success,
      ).toBe(true);
    }
    const bads: Record<string, unknown>[] = [
      { source: 'x'.repeat(201) },
      { campaign: { id: '', name: 'Solar' } },
      { campaign: { id: 'solar' } },
      { campaign: { id: 'solar', name: 'Solar', extra: 1 } },
    ];
    for (const bad of bads) {
      const event = { ...envelope('ana', 1, body, AT), ...bad };
      expect(floorEventSchema.safeParse(event).success).toBe(false);
    }
  });

  it('check hello: protocol version, rep id, a real time zone', () => {
    const hello = {
      type: 'hello',
      protocol: 1,
      repId: 'ana',
      repName: 'Ana',
      timeZone: 'Europe/Madrid',
      streamId: 'stream-0001',
    };
    expect(repMessageSchema.safeParse(hello).success).toBe(true);
    expect(repMessageSchema.safeParse({ ...hello, protocol: 2 }).success).toBe(false);
    expect(repMessageSchema.safeParse({ ...hello, timeZone: 'Mars/Olympus' }).success).toBe(false);
  });

  it('check supervisor commands', () => {
    expect(
      viewerCommandSchema.safeParse({
        type: 'acknowledge-alert',
        requestId: 1,
        alertId: 'a',
        by: 'Sam',
      }).success,
    ).toBe(true);
    expect(
      viewerCommandSchema.safeParse({
        type: 'acknowledge-alert',
        requestId: 1,
        alertId: 'a',
        by: ' ',
      }).success,
    ).toBe(false);
    expect(viewerCommandSchema.safeParse({ type: 'delete-everything', requestId: 1 }).success).toBe(
      false,
    );
  });

  it('check an answer to an escalation: a reply has words, the other answers none', () => {
    const answer = (kind: string, text: string | null) =>
      viewerCommandSchema.safeParse({
        type: 'answer-escalation',
        requestId: 3,
        escalationId: 'esc-00000001',
        answer: { kind, text },
        by: 'Sam',
      }).success;
    expect(answer('will-call', null)).toBe(true);
    expect(answer('acknowledged', null)).toBe(true);
    expect(answer('reply', 'Offer the discount')).toBe(true);
    expect(answer('reply', '   ')).toBe(false);
    expect(answer('reply', null)).toBe(false);
    expect(answer('will-call', 'and a note')).toBe(false);
    expect(answer('transfer', null)).toBe(false);
    expect(answer('reply', 'x'.repeat(281))).toBe(false);
  });

  it("carry the lead and call of an escalation, and the hub's answers back to the rep", () => {
    const call = {
      leadName: 'Dana Reyes',
      phone: '+13035550176',
      source: null,
      state: 'connected' as const,
      startedAt: AT,
      answeredAt: AT + 8_000,
      endedAt: null,
    };
    const event = envelope(
      'ana',
      1,
      {
        type: 'escalation',
        escalationId: 'esc-00000001',
        leadId: 7,
        attemptId: null,
        note: 'x',
        call,
      },
      AT,
    );
    expect(floorEventSchema.safeParse(event).success).toBe(true);
    expect(floorEventSchema.safeParse({ ...event, call: { ...call, ssn: '1' } }).success).toBe(
      false,
    );
    const pushed = {
      type: 'escalations',
      escalations: [
        { escalationId: 'esc-00000001', raisedAt: AT, answer: null },
        {
          escalationId: 'esc-00000002',
          raisedAt: AT,
          answer: { kind: 'reply', text: 'Call me', by: 'Sam', at: AT + 1 },
        },
      ],
    };
    expect(parseMessage(hubToRepMessageSchema, JSON.stringify(pushed))).toEqual({
      ok: true,
      value: pushed,
    });
  });
});
