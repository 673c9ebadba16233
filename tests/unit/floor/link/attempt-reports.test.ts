import { describe, expect, it } from 'vitest';
import { AttemptReports } from '../../../../electron/core/floor/link/attempt-reports';
import { startedAttempt } from '../../../support/attempt-factory';

const T0 = Date.UTC(2026, 2, 10, 17, 0, 0);
const LEAD = {
  id: 7,
  createdAt: T0 - 600_000,
  firstAttemptAt: T0,
  source: 'Facebook ad',
  campaign: { id: 'c1', name: 'Solar' },
};
const TIMING = { id: 7, createdAt: LEAD.createdAt, firstAttemptAt: T0 };
const placed = startedAttempt({ id: 'a-1', leadId: 7, campaignId: 'c1', startedAt: T0 });
const QUEUE = { wasQueued: true, isQueued: false, dncListChanged: false };

describe("the floor's reports of a dial, one per change the rep's strip counts", () => {
  it('reports the dial as it starts (with its lead’s source and campaign), is answered and ends; a ring alone changes nothing', () => {
    const reports = new AttemptReports();
    expect(reports.reportOf({ kind: 'attempt-started', attempt: placed, lead: LEAD })).toEqual({
      type: 'attempt',
      attemptId: 'a-1',
      leadId: 7,
      outcomeCode: null,
      contact: false,
      conversion: false,
      startedAt: T0,
      answeredAt: null,
      endedAt: null,
      talkSeconds: 0,
      recordedAt: null,
      leadCreatedAt: LEAD.createdAt,
      leadFirstAttemptAt: T0,
      source: 'Facebook ad',
      campaign: { id: 'c1', name: 'Solar' },
    });
    const ringing = { ...placed, ringingAt: T0 + 2_000 };
    expect(reports.reportOf({ kind: 'attempt-saved', attempt: ringing, lead: null })).toBeNull();
    const answered = { ...ringing, answeredAt: T0 + 5_000 };
    expect(
      reports.reportOf({ kind: 'attempt-saved', attempt: answered, lead: null }),
    ).toMatchObject({ answeredAt: T0 + 5_000, endedAt: null, outcomeCode: null });
    const ended = { ...answered, endedAt: T0 + 65_000, talkSeconds: 60 };
    expect(reports.reportOf({ kind: 'attempt-saved', attempt: ended, lead: null })).toMatchObject({
      answeredAt: T0 + 5_000,
      endedAt: T0 + 65_000,
      talkSeconds: 60,
      leadCreatedAt: LEAD.createdAt,
      source: 'Facebook ad',
      campaign: { id: 'c1', name: 'Solar' },
    });
  });

  it('an undone outcome is reported without it; a dial called off is reported as no dial', () => {
    const reports = new AttemptReports();
    reports.reportOf({ kind: 'attempt-started', attempt: placed, lead: LEAD });
    reports.remember({
      type: 'attempt',
      attemptId: 'a-1',
      leadId: 7,
      outcomeCode: 'converted',
      contact: true,
      conversion: true,
      startedAt: T0,
      answeredAt: T0 + 5_000,
      endedAt: T0 + 65_000,
      talkSeconds: 60,
      recordedAt: T0 + 70_000,
      leadCreatedAt: LEAD.createdAt,
      leadFirstAttemptAt: T0,
    });
    expect(
      reports.reportOf({ kind: 'outcome-undone', attemptId: 'a-1', lead: TIMING, queue: QUEUE }),
    ).toMatchObject({
      outcomeCode: null,
      contact: false,
      conversion: false,
      recordedAt: null,
      talkSeconds: 60,
      outcomeWithdrawn: true,
    });

    const second = { ...placed, id: 'a-2', startedAt: T0 + 90_000 };
    reports.reportOf({ kind: 'attempt-started', attempt: second, lead: LEAD });
    expect(
      reports.reportOf({ kind: 'attempt-dropped', attempt: second, lead: null }),
    ).toMatchObject({ attemptId: 'a-2', calledOff: true });
    // Nothing to build on: a change of an attempt it never saw start is not reported.
    expect(
      reports.reportOf({
        kind: 'outcome-undone',
        attemptId: 'unknown',
        lead: TIMING,
        queue: QUEUE,
      }),
    ).toBeNull();
  });
});
