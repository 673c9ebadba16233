import type { AttemptEventBody, FloorEvent } from '../../../shared/floor/protocol';
import type { ReportAttempt, ReportLead } from '../../../shared/reports';

/**
 * A week of dials (Thu 2026-03-05 to Wed 2026-03-11) over three reps and three sources, read in
 * two zones: America/New_York springs forward on Sun 2026-03-08 (that local day is 23 h long),
 * Europe/London stays on GMT. Dials near midnight fall on different days (and ISO weeks) in the
 * two zones. The hand figures are in report-hand-figures.ts.
 */
export const TEAM_ZONE = 'America/New_York';
export const OTHER_ZONE = 'Europe/London';
export const FROM = '2026-03-05';
export const TO = '2026-03-11';

const at = (iso: string) => Date.parse(iso);

export const REPS = { ana: 'Ana', ben: 'Ben', cy: 'Cy' } as const;
type RepId = keyof typeof REPS;

export const CAMPAIGNS = { inbound: 'Inbound', spring: 'Spring promo' } as const;
type CampaignId = keyof typeof CAMPAIGNS;

interface FixtureLead {
  rep: RepId;
  leadId: number;
  source: string;
  campaign: CampaignId;
  createdAt: number;
}

export const LEADS = {
  L1: {
    rep: 'ana',
    leadId: 1,
    source: 'web',
    campaign: 'inbound',
    createdAt: at('2026-03-05T14:00:00Z'),
  },
  L2: {
    rep: 'ana',
    leadId: 2,
    source: 'referral',
    campaign: 'spring',
    createdAt: at('2026-03-06T13:00:00Z'),
  },
  L3: {
    rep: 'ben',
    leadId: 1,
    source: 'web',
    campaign: 'inbound',
    createdAt: at('2026-03-07T20:00:00Z'),
  },
  L4: {
    rep: 'ben',
    leadId: 2,
    source: 'event',
    campaign: 'spring',
    createdAt: at('2026-03-08T03:00:00Z'),
  },
  L5: {
    rep: 'cy',
    leadId: 1,
    source: 'referral',
    campaign: 'inbound',
    createdAt: at('2026-03-09T02:00:00Z'),
  },
  L6: {
    rep: 'cy',
    leadId: 2,
    source: 'event',
    campaign: 'spring',
    createdAt: at('2026-03-10T12:00:00Z'),
  },
} satisfies Record<string, FixtureLead>;
type LeadName = keyof typeof LEADS;

interface FixtureDial {
  id: string;
  lead: LeadName;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  recordedAt: string | null;
  talkSeconds: number;
  contact: boolean;
  conversion: boolean;
}

const dial = (
  id: string,
  lead: LeadName,
  startedAt: string,
  answeredAt: string | null,
  endedAt: string | null,
  recordedAt: string | null,
  talkSeconds: number,
  outcome: 'none' | 'no-contact' | 'contact' | 'conversion',
): FixtureDial => ({
  id,
  lead,
  startedAt,
  answeredAt,
  endedAt,
  recordedAt: outcome === 'none' ? null : recordedAt,
  talkSeconds,
  contact: outcome === 'contact' || outcome === 'conversion',
  conversion: outcome === 'conversion',
});

/** Each lead's first dial is its first row here. */
export const DIALS: readonly FixtureDial[] = [
  dial(
    'A1',
    'L1',
    '2026-03-05T14:03:00Z',
    '2026-03-05T14:03:20Z',
    '2026-03-05T14:08:20Z',
    '2026-03-05T14:09:20Z',
    300,
    'conversion',
  ),
  dial(
    'A2',
    'L2',
    '2026-03-06T15:00:00Z',
    null,
    '2026-03-06T15:00:30Z',
    '2026-03-06T15:00:31Z',
    0,
    'no-contact',
  ),
  // New York: Sat 7 March 23:30; London: Sun 8 March.
  dial(
    'A3',
    'L2',
    '2026-03-08T04:30:00Z',
    '2026-03-08T04:30:10Z',
    '2026-03-08T04:32:10Z',
    '2026-03-08T04:32:40Z',
    120,
    'contact',
  ),
  dial(
    'A4',
    'L3',
    '2026-03-07T20:30:00Z',
    '2026-03-07T20:30:15Z',
    '2026-03-07T20:40:15Z',
    '2026-03-07T20:41:15Z',
    600,
    'contact',
  ),
  dial(
    'A5',
    'L4',
    '2026-03-08T03:04:00Z',
    null,
    '2026-03-08T03:04:40Z',
    '2026-03-08T03:04:45Z',
    0,
    'no-contact',
  ),
  // New York: Sun 8 March 23:30 EDT (ISO week 10); London: Mon 9 March (week 11).
  dial(
    'A6',
    'L3',
    '2026-03-09T03:30:00Z',
    '2026-03-09T03:30:10Z',
    '2026-03-09T03:35:10Z',
    '2026-03-09T03:36:10Z',
    300,
    'conversion',
  ),
  dial(
    'A7',
    'L5',
    '2026-03-09T14:00:00Z',
    '2026-03-09T14:00:05Z',
    '2026-03-09T14:03:05Z',
    '2026-03-09T14:03:25Z',
    180,
    'conversion',
  ),
  dial(
    'A8',
    'L6',
    '2026-03-10T12:10:00Z',
    null,
    '2026-03-10T12:10:30Z',
    '2026-03-10T12:10:32Z',
    0,
    'no-contact',
  ),
  // Ended, still in wrap-up: no outcome, so no contact and no handle time.
  dial(
    'A9',
    'L6',
    '2026-03-11T15:00:00Z',
    '2026-03-11T15:00:10Z',
    '2026-03-11T15:02:10Z',
    null,
    120,
    'none',
  ),
  dial(
    'A10',
    'L1',
    '2026-03-11T16:00:00Z',
    '2026-03-11T16:00:05Z',
    '2026-03-11T16:01:05Z',
    '2026-03-11T16:01:15Z',
    60,
    'contact',
  ),
];

/** Leads of the team pool nobody dialed in the week (one before it, one first dialed after it). */
export const UNDIALED = [
  {
    id: 'L7',
    source: 'web',
    campaign: 'inbound',
    createdAt: at('2026-03-10T09:00:00Z'),
    firstAttemptAt: null,
  },
  {
    id: 'L8',
    source: 'web',
    campaign: 'inbound',
    createdAt: at('2026-03-04T09:00:00Z'),
    firstAttemptAt: null,
  },
  {
    id: 'L9',
    source: 'referral',
    campaign: 'spring',
    createdAt: at('2026-03-11T20:00:00Z'),
    firstAttemptAt: at('2026-03-13T10:00:00Z'),
  },
] as const;

const firstDialOf = (lead: LeadName) => at(DIALS.find((d) => d.lead === lead)!.startedAt);
const orNull = (iso: string | null) => (iso === null ? null : at(iso));

export function reportAttempts(): ReportAttempt[] {
  return DIALS.map((d) => {
    const lead = LEADS[d.lead];
    return {
      attemptId: d.id,
      repId: lead.rep,
      repName: REPS[lead.rep],
      leadKey: `${lead.rep}:${lead.leadId}`,
      source: lead.source,
      campaignId: lead.campaign,
      campaignName: CAMPAIGNS[lead.campaign],
      startedAt: at(d.startedAt),
      answeredAt: orNull(d.answeredAt),
      endedAt: orNull(d.endedAt),
      recordedAt: orNull(d.recordedAt),
      talkSeconds: d.talkSeconds,
      hasOutcome: d.recordedAt !== null,
      contact: d.contact,
      conversion: d.conversion,
      leadCreatedAt: lead.createdAt,
      leadFirstAttemptAt: firstDialOf(d.lead),
    };
  });
}

export function reportLeads(): ReportLead[] {
  return UNDIALED.map((lead) => ({
    createdAt: lead.createdAt,
    firstAttemptAt: lead.firstAttemptAt,
    source: lead.source,
    campaignId: lead.campaign,
    campaignName: CAMPAIGNS[lead.campaign],
  }));
}

/** The attempt events the reps' apps would send: the dial started, then its latest report. */
export function attemptEvents(): FloorEvent[] {
  const seqs = new Map<string, number>();
  const events: FloorEvent[] = [];
  for (const attempt of reportAttempts()) {
    const body: AttemptEventBody = {
      type: 'attempt',
      attemptId: attempt.attemptId,
      leadId: Number(attempt.leadKey.split(':')[1]),
      outcomeCode: attempt.hasOutcome ? (attempt.conversion ? 'converted' : 'other') : null,
      contact: attempt.contact,
      conversion: attempt.conversion,
      startedAt: attempt.startedAt,
      answeredAt: attempt.answeredAt,
      endedAt: attempt.endedAt,
      talkSeconds: attempt.talkSeconds,
      recordedAt: attempt.recordedAt,
      leadCreatedAt: attempt.leadCreatedAt,
      leadFirstAttemptAt: attempt.leadFirstAttemptAt,
      source: attempt.source,
      campaign: { id: attempt.campaignId!, name: attempt.campaignName! },
    };
    const started: AttemptEventBody = {
      ...body,
      outcomeCode: null,
      contact: false,
      conversion: false,
      answeredAt: null,
      endedAt: null,
      recordedAt: null,
      talkSeconds: 0,
    };
    for (const report of [started, body]) {
      const seq = (seqs.get(attempt.repId) ?? 0) + 1;
      seqs.set(attempt.repId, seq);
      events.push({
        ...report,
        eventId: `ev-${attempt.attemptId}-${seq}-${attempt.repId}`.padEnd(12, '0'),
        repId: attempt.repId,
        seq,
        at: report.recordedAt ?? report.startedAt,
      });
    }
  }
  return events;
}
