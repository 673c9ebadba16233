import crypto from 'node:crypto';
import type {
  AttemptEventBody,
  FloorEvent,
  FloorEventBody,
  StateEventBody,
} from '../../../../shared/floor/protocol';

/** An IANA zone in which `now` is around midday, so "today" never splits during a test. */
export function zoneAtMidday(now: number): string {
  const offset = 12 - new Date(now).getUTCHours();
  if (offset === 0) return 'Etc/GMT';
  // Etc/GMT zones are sign-inverted: Etc/GMT-3 is UTC+3.
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

export function stateBody(
  state: StateEventBody['state'],
  since: number,
  extra: Partial<StateEventBody> = {},
): StateEventBody {
  return { type: 'state', state, since, pauseCode: null, lead: null, ...extra };
}

/** A finished attempt; answered calls talk `talkSeconds` and take the outcome 10 s after. */
export function attemptBody(
  attemptId: string,
  startedAt: number,
  outcome: { code: string; contact: boolean; conversion: boolean; talkSeconds?: number },
  lead: { id: number; createdAt: number; firstAttemptAt?: number | null } = {
    id: 1,
    createdAt: startedAt - 600_000,
  },
): AttemptEventBody {
  const talkSeconds = outcome.talkSeconds ?? 0;
  const answeredAt = talkSeconds > 0 ? startedAt + 8_000 : null;
  const endedAt = (answeredAt ?? startedAt + 20_000) + talkSeconds * 1000;
  return {
    type: 'attempt',
    attemptId,
    leadId: lead.id,
    outcomeCode: outcome.code,
    contact: outcome.contact,
    conversion: outcome.conversion,
    startedAt,
    answeredAt,
    endedAt,
    talkSeconds,
    recordedAt: endedAt + 10_000,
    leadCreatedAt: lead.createdAt,
    leadFirstAttemptAt: lead.firstAttemptAt === undefined ? startedAt : lead.firstAttemptAt,
  };
}

export function envelope(
  repId: string,
  seq: number,
  body: FloorEventBody,
  at: number,
  eventId: string = crypto.randomUUID(),
): FloorEvent {
  return { ...body, eventId, repId, seq, at };
}
