import type { Attempt } from '../../../../shared/domain/attempt';
import type { AttemptEventBody } from '../../../../shared/floor/protocol';
import type { DialedLead, PortChange } from '../../queue/store';
import { attemptOrigin } from './attempt-origin';

/** Undo reaches only the last outcome and progress only the call on the line: a few suffice. */
const REMEMBERED = 20;

/**
 * The floor's reports of the rep's dials, one for each change the rep's own KPI strip counts (see
 * TodayKpi): the dial starts, is answered, ends, has its outcome withdrawn, or is called off. The
 * outcome itself is reported in the outcome's own write (attemptEventOf); each report here builds
 * on the last one of its attempt, which carries what the change does not (the lead's timing).
 */
export class AttemptReports {
  private readonly latest = new Map<string, AttemptEventBody>();

  /** A report that went (or is going) into the outbox. */
  remember(report: AttemptEventBody): void {
    this.latest.delete(report.attemptId);
    this.latest.set(report.attemptId, report);
    for (const attemptId of this.latest.keys()) {
      if (this.latest.size <= REMEMBERED) break;
      this.latest.delete(attemptId);
    }
  }

  /** The report a change calls for, remembered; null when it calls for none here. */
  reportOf(change: PortChange): AttemptEventBody | null {
    const report = this.build(change);
    if (report) this.remember(report);
    return report;
  }

  private build(change: PortChange): AttemptEventBody | null {
    switch (change.kind) {
      case 'attempt-started':
        return change.lead ? startedReport(change.attempt, change.lead) : null;
      case 'attempt-saved': {
        const before = this.latest.get(change.attempt.id);
        const facts = callFacts(change.attempt);
        // A ring changes nothing the floor counts.
        if (!before || sameCallFacts(before, facts)) return null;
        return { ...before, ...facts };
      }
      case 'attempt-dropped': {
        const before = this.latest.get(change.attempt.id);
        return before ? { ...before, calledOff: true } : null;
      }
      case 'outcome-undone': {
        const before = this.latest.get(change.attemptId);
        if (!before) return null;
        return {
          ...before,
          outcomeCode: null,
          contact: false,
          conversion: false,
          recordedAt: null,
          leadFirstAttemptAt: change.lead.firstAttemptAt,
          outcomeWithdrawn: true,
        };
      }
      case 'outcome-recorded':
      case 'lead-skipped':
        return null;
    }
  }
}

function callFacts(attempt: Attempt) {
  return {
    answeredAt: attempt.answeredAt,
    endedAt: attempt.endedAt,
    talkSeconds: attempt.talkSeconds,
  };
}

function sameCallFacts(report: AttemptEventBody, facts: ReturnType<typeof callFacts>): boolean {
  return (
    report.answeredAt === facts.answeredAt &&
    report.endedAt === facts.endedAt &&
    report.talkSeconds === facts.talkSeconds
  );
}

function startedReport(attempt: Attempt, lead: DialedLead): AttemptEventBody {
  return {
    type: 'attempt',
    attemptId: attempt.id,
    leadId: attempt.leadId,
    outcomeCode: null,
    contact: false,
    conversion: false,
    startedAt: attempt.startedAt,
    ...callFacts(attempt),
    recordedAt: null,
    leadCreatedAt: lead.createdAt,
    leadFirstAttemptAt: lead.firstAttemptAt,
    ...attemptOrigin(lead),
  };
}
