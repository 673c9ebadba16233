import type { Attempt } from '../domain/attempt';
import type { Disposition, DispositionFlags } from '../domain/disposition';
import type { LeadId } from '../domain/lead';
import { computeKpiSnapshot, type KpiSnapshot, type LeadTiming } from '../kpi';
import type { FloorKpis } from './floor-view';
import type { AttemptEventBody } from './protocol';

/**
 * Each attempt event carries the contact/conversion flags its campaign gave the outcome, so the
 * hub judges outcomes by those flags: one synthetic disposition per flag combination.
 */
const flagCode = (contact: boolean, conversion: boolean) =>
  `contact-${contact ? 1 : 0}-conversion-${conversion ? 1 : 0}`;

const NO_FLAGS: DispositionFlags = {
  contact: false,
  conversion: false,
  final: false,
  dnc: false,
  callback: false,
  retry: false,
};

const FLAG_DISPOSITIONS: readonly Disposition[] = [false, true].flatMap((contact) =>
  [false, true].map((conversion) => ({
    code: flagCode(contact, conversion),
    label: flagCode(contact, conversion),
    hotkey: null,
    flags: { ...NO_FLAGS, contact, conversion },
    retryAfterMinutes: null,
  })),
);

function toAttempt(repId: string, report: AttemptEventBody): Attempt {
  return {
    id: report.attemptId,
    leadId: report.leadId,
    campaignId: '',
    repId,
    startedAt: report.startedAt,
    ringingAt: null,
    answeredAt: report.answeredAt,
    // The hub's reports carry the outcome's flags, not who answered.
    answeredBy: null,
    endedAt: report.endedAt,
    talkSeconds: report.talkSeconds,
    endReason: null,
    outcomeCode: report.outcomeCode === null ? null : flagCode(report.contact, report.conversion),
    // The rep sends no contact or conversion for an outcome kept off the line.
    notOnTheLine: false,
    note: null,
    callbackAt: null,
    provider: '',
    presentedCallerId: null,
    providerCallId: null,
    recordedAt: report.recordedAt,
  };
}

/** Today's KPI snapshot of one rep from the latest report of each of their attempts. */
export function repKpiSnapshot(
  repId: string,
  reports: Iterable<AttemptEventBody>,
  timeZone: string,
  now: number,
  liveAttemptId: string | null = null,
): KpiSnapshot {
  const attempts: Attempt[] = [];
  const leads = new Map<LeadId, LeadTiming>();
  for (const report of reports) {
    attempts.push(toAttempt(repId, report));
    const known = leads.get(report.leadId);
    const firstAttemptAt = earliest(known?.firstAttemptAt ?? null, report.leadFirstAttemptAt);
    leads.set(report.leadId, {
      id: report.leadId,
      createdAt: known?.createdAt ?? report.leadCreatedAt,
      firstAttemptAt,
    });
  }
  return computeKpiSnapshot({
    attempts,
    dispositions: FLAG_DISPOSITIONS,
    leads: [...leads.values()],
    timeZone,
    now,
    liveAttemptId,
  });
}

export function floorKpis(snapshot: KpiSnapshot): FloorKpis {
  return {
    dials: snapshot.dials,
    contacts: snapshot.contacts,
    conversions: snapshot.conversions,
    conversionRate: snapshot.conversionRate,
    contactRate: snapshot.contactRate,
    talkSeconds: snapshot.talkSeconds,
    responseTimeMedianMs: snapshot.responseTimeMedianMs,
    respondedWithinSlaShare: snapshot.respondedWithinSlaShare,
  };
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
