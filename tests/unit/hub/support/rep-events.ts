import type { FloorEventBody } from '../../../../shared/floor/protocol';

/**
 * The rep's n-th event in a realistic cycle: dialing, connected, the attempt's outcome, idle;
 * now and then an escalation. The same n always gives the same event (times aside), so a rep
 * process restarted after a kill simply carries on.
 */
export function repEvent(repId: string, n: number, now: number): FloorEventBody {
  const call = Math.ceil(n / 4);
  const lead = { id: call, createdAt: now - 5 * 60_000 - call * 1000 };
  switch (n % 4) {
    case 1:
      return { type: 'state', state: 'dialing', since: now, pauseCode: null, lead };
    case 2:
      return { type: 'state', state: 'connected', since: now, pauseCode: null, lead };
    case 3: {
      const contact = call % 3 !== 0;
      const talkSeconds = contact ? 20 + (call % 40) : 0;
      return {
        type: 'attempt',
        attemptId: `${repId}-call-${call}`,
        leadId: lead.id,
        outcomeCode: contact ? (call % 5 === 0 ? 'converted' : 'not-interested') : 'no-answer',
        contact,
        conversion: contact && call % 5 === 0,
        startedAt: now - 60_000,
        answeredAt: contact ? now - 55_000 : null,
        endedAt: now - 5_000,
        talkSeconds,
        recordedAt: now,
        leadCreatedAt: lead.createdAt,
        leadFirstAttemptAt: now - 60_000,
      };
    }
    default:
      return call % 10 === 0
        ? {
            type: 'escalation',
            escalationId: `${repId}-esc-${call}`,
            leadId: lead.id,
            attemptId: `${repId}-call-${call}`,
            note: `Call ${call} needs a supervisor`,
          }
        : { type: 'state', state: 'idle', since: now, pauseCode: null, lead: null };
  }
}
