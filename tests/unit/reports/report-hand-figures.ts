import type { KpiReportRow } from '../../../shared/reports';

/**
 * The week fixture's KPIs worked out by hand (see week-fixture.ts for the dials). Per dial,
 * in the fixture's order — talk; handle (talk + wrap-up) where answered, ended and recorded;
 * speed-to-lead on a lead's first dial; closing speed on a conversion (outcome − first dial):
 *   A1 ana L1 web/inbound      conversion  talk 300  handle 360  first 180 s   closing 380 s
 *   A2 ana L2 referral/spring  no contact  talk 0    —           first 7200 s
 *   A3 ana L2 referral/spring  contact     talk 120  handle 150
 *   A4 ben L3 web/inbound      contact     talk 600  handle 660  first 1800 s
 *   A5 ben L4 event/spring     no contact  talk 0    —           first 240 s
 *   A6 ben L3 web/inbound      conversion  talk 300  handle 360                closing 111970 s
 *   A7 cy  L5 referral/inbound conversion  talk 180  handle 200  first 43200 s closing 205 s
 *   A8 cy  L6 event/spring     no contact  talk 0    —           first 600 s
 *   A9 cy  L6 event/spring     no outcome  talk 120  —
 *   A10 ana L1 web/inbound     contact     talk 60   handle 70
 * Never dialed in the range: L7 (web/inbound, 10 March) and L9 (referral/spring, 11 March,
 * first dialed after the range); L8 arrived before it.
 * New York days: A1 5th, A2 6th, A3 A4 A5 7th, A6 8th, A7 9th, A8 10th, A9 A10 11th.
 * London days:   A1 5th, A2 6th, A4 7th, A3 A5 8th, A6 A7 9th, A8 10th, A9 A10 11th.
 */
type Figures = Omit<KpiReportRow, 'period' | 'group' | 'groupLabel'>;

interface Hand {
  dials: number;
  contacts: number;
  conversions: number;
  reached: number;
  /** Speed-to-lead samples, seconds. */
  firsts: number;
  medianResponse: number | null;
  within5: number | null;
  withinSla: number | null;
  neverDialed: number;
  medianClosing: number | null;
  talk: number;
  handle: number;
  avgHandle: number | null;
  repDays: number;
  contactRate: number | null;
  conversionRate: number | null;
  perLeadReached: number | null;
  dialsPerRepDay: number | null;
}

function figures(hand: Hand): Figures {
  return {
    dials: hand.dials,
    contacts: hand.contacts,
    conversions: hand.conversions,
    leadsReached: hand.reached,
    contactRate: hand.contactRate,
    conversionRate: hand.conversionRate,
    conversionRatePerLeadReached: hand.perLeadReached,
    firstDials: hand.firsts,
    medianResponseSeconds: hand.medianResponse,
    shareWithin5Min: hand.within5,
    shareWithinSla: hand.withinSla,
    neverDialed: hand.neverDialed,
    medianClosingSeconds: hand.medianClosing,
    talkSeconds: hand.talk,
    handleSeconds: hand.handle,
    averageHandleSeconds: hand.avgHandle,
    repDays: hand.repDays,
    dialsPerRepDay: hand.dialsPerRepDay,
  };
}

export type HandRow = Pick<KpiReportRow, 'period' | 'group' | 'groupLabel'> & Figures;
const row = (
  period: string | null,
  group: string | null,
  groupLabel: string | null,
  hand: Hand,
): HandRow => ({ period, group, groupLabel, ...figures(hand) });

/** The whole week in New York: six first dials 180 240 600 1800 7200 43200 s. */
export const NEW_YORK_TOTALS = row(null, null, null, {
  dials: 10,
  contacts: 6,
  conversions: 3,
  reached: 4,
  firsts: 6,
  medianResponse: 1200,
  within5: 2 / 6,
  withinSla: 4 / 6,
  neverDialed: 2,
  medianClosing: 380,
  talk: 1680,
  handle: 1800,
  avgHandle: 300,
  repDays: 9,
  contactRate: 0.6,
  conversionRate: 0.5,
  perLeadReached: 0.75,
  dialsPerRepDay: 10 / 9,
});

/** London cuts Ben's dials on three days (7th, 8th, 9th), not two. */
export const LONDON_TOTALS = row(null, null, null, {
  ...handOf(NEW_YORK_TOTALS),
  repDays: 10,
  dialsPerRepDay: 1,
});

export const NEW_YORK_BY_WEEK: HandRow[] = [
  row('2026-W10', null, null, {
    dials: 6,
    contacts: 4,
    conversions: 2,
    reached: 3,
    firsts: 4,
    medianResponse: 1020,
    within5: 0.5,
    withinSla: 0.75,
    neverDialed: 0,
    medianClosing: 56175,
    talk: 1320,
    handle: 1530,
    avgHandle: 382.5,
    repDays: 5,
    contactRate: 4 / 6,
    conversionRate: 0.5,
    perLeadReached: 2 / 3,
    dialsPerRepDay: 1.2,
  }),
  row('2026-W11', null, null, {
    dials: 4,
    contacts: 2,
    conversions: 1,
    reached: 2,
    firsts: 2,
    medianResponse: 21900,
    within5: 0,
    withinSla: 0.5,
    neverDialed: 2,
    medianClosing: 205,
    talk: 360,
    handle: 270,
    avgHandle: 135,
    repDays: 4,
    contactRate: 0.5,
    conversionRate: 0.5,
    perLeadReached: 0.5,
    dialsPerRepDay: 1,
  }),
];

/** A6 (Sunday 23:30 in New York) is Monday, week 11, in London. */
export const LONDON_BY_WEEK: HandRow[] = [
  row('2026-W10', null, null, {
    dials: 5,
    contacts: 3,
    conversions: 1,
    reached: 3,
    firsts: 4,
    medianResponse: 1020,
    within5: 0.5,
    withinSla: 0.75,
    neverDialed: 0,
    medianClosing: 380,
    talk: 1020,
    handle: 1170,
    avgHandle: 390,
    repDays: 5,
    contactRate: 0.6,
    conversionRate: 1 / 3,
    perLeadReached: 1 / 3,
    dialsPerRepDay: 1,
  }),
  row('2026-W11', null, null, {
    dials: 5,
    contacts: 3,
    conversions: 2,
    reached: 3,
    firsts: 2,
    medianResponse: 21900,
    within5: 0,
    withinSla: 0.5,
    neverDialed: 2,
    medianClosing: 56087.5,
    talk: 660,
    handle: 630,
    avgHandle: 210,
    repDays: 5,
    contactRate: 0.6,
    conversionRate: 2 / 3,
    perLeadReached: 2 / 3,
    dialsPerRepDay: 1,
  }),
];

export const NEW_YORK_BY_SOURCE: HandRow[] = [
  row(null, 'event', 'event', {
    dials: 3,
    contacts: 0,
    conversions: 0,
    reached: 0,
    firsts: 2,
    medianResponse: 420,
    within5: 0.5,
    withinSla: 1,
    neverDialed: 0,
    medianClosing: null,
    talk: 120,
    handle: 0,
    avgHandle: null,
    repDays: 3,
    contactRate: 0,
    conversionRate: null,
    perLeadReached: null,
    dialsPerRepDay: 1,
  }),
  row(null, 'referral', 'referral', {
    dials: 3,
    contacts: 2,
    conversions: 1,
    reached: 2,
    firsts: 2,
    medianResponse: 25200,
    within5: 0,
    withinSla: 0,
    neverDialed: 1,
    medianClosing: 205,
    talk: 300,
    handle: 350,
    avgHandle: 175,
    repDays: 3,
    contactRate: 2 / 3,
    conversionRate: 0.5,
    perLeadReached: 0.5,
    dialsPerRepDay: 1,
  }),
  row(null, 'web', 'web', {
    dials: 4,
    contacts: 4,
    conversions: 2,
    reached: 2,
    firsts: 2,
    medianResponse: 990,
    within5: 0.5,
    withinSla: 1,
    neverDialed: 1,
    medianClosing: 56175,
    talk: 1260,
    handle: 1450,
    avgHandle: 362.5,
    repDays: 4,
    contactRate: 1,
    conversionRate: 0.5,
    perLeadReached: 1,
    dialsPerRepDay: 1,
  }),
];

export const NEW_YORK_BY_CAMPAIGN: HandRow[] = [
  row(null, 'inbound', 'Inbound', {
    dials: 5,
    contacts: 5,
    conversions: 3,
    reached: 3,
    firsts: 3,
    medianResponse: 1800,
    within5: 1 / 3,
    withinSla: 2 / 3,
    neverDialed: 1,
    medianClosing: 380,
    talk: 1440,
    handle: 1650,
    avgHandle: 330,
    repDays: 5,
    contactRate: 1,
    conversionRate: 0.6,
    perLeadReached: 1,
    dialsPerRepDay: 1,
  }),
  row(null, 'spring', 'Spring promo', {
    dials: 5,
    contacts: 1,
    conversions: 0,
    reached: 1,
    firsts: 3,
    medianResponse: 600,
    within5: 1 / 3,
    withinSla: 2 / 3,
    neverDialed: 1,
    medianClosing: null,
    talk: 240,
    handle: 150,
    avgHandle: 150,
    repDays: 5,
    contactRate: 0.2,
    conversionRate: 0,
    perLeadReached: 0,
    dialsPerRepDay: 1,
  }),
];

/** A lead nobody dialed has no rep: never-dialed counts in the totals only. */
export const NEW_YORK_BY_REP: HandRow[] = [
  row(null, 'ana', 'Ana', {
    dials: 4,
    contacts: 3,
    conversions: 1,
    reached: 2,
    firsts: 2,
    medianResponse: 3690,
    within5: 0.5,
    withinSla: 0.5,
    neverDialed: 0,
    medianClosing: 380,
    talk: 480,
    handle: 580,
    avgHandle: 580 / 3,
    repDays: 4,
    contactRate: 0.75,
    conversionRate: 1 / 3,
    perLeadReached: 0.5,
    dialsPerRepDay: 1,
  }),
  row(null, 'ben', 'Ben', {
    dials: 3,
    contacts: 2,
    conversions: 1,
    reached: 1,
    firsts: 2,
    medianResponse: 1020,
    within5: 0.5,
    withinSla: 1,
    neverDialed: 0,
    medianClosing: 111970,
    talk: 900,
    handle: 1020,
    avgHandle: 510,
    repDays: 2,
    contactRate: 2 / 3,
    conversionRate: 0.5,
    perLeadReached: 1,
    dialsPerRepDay: 1.5,
  }),
  row(null, 'cy', 'Cy', {
    dials: 3,
    contacts: 1,
    conversions: 1,
    reached: 1,
    firsts: 2,
    medianResponse: 21900,
    within5: 0,
    withinSla: 0.5,
    neverDialed: 0,
    medianClosing: 205,
    talk: 300,
    handle: 200,
    avgHandle: 200,
    repDays: 3,
    contactRate: 1 / 3,
    conversionRate: 1,
    perLeadReached: 1,
    dialsPerRepDay: 1,
  }),
];

const quiet = { within5: null, withinSla: null, medianResponse: null, firsts: 0 };

export const NEW_YORK_BY_DAY: HandRow[] = [
  row('2026-03-05', null, null, {
    dials: 1,
    contacts: 1,
    conversions: 1,
    reached: 1,
    firsts: 1,
    medianResponse: 180,
    within5: 1,
    withinSla: 1,
    neverDialed: 0,
    medianClosing: 380,
    talk: 300,
    handle: 360,
    avgHandle: 360,
    repDays: 1,
    contactRate: 1,
    conversionRate: 1,
    perLeadReached: 1,
    dialsPerRepDay: 1,
  }),
  row('2026-03-06', null, null, {
    dials: 1,
    contacts: 0,
    conversions: 0,
    reached: 0,
    firsts: 1,
    medianResponse: 7200,
    within5: 0,
    withinSla: 0,
    neverDialed: 0,
    medianClosing: null,
    talk: 0,
    handle: 0,
    avgHandle: null,
    repDays: 1,
    contactRate: 0,
    conversionRate: null,
    perLeadReached: null,
    dialsPerRepDay: 1,
  }),
  row('2026-03-07', null, null, {
    dials: 3,
    contacts: 2,
    conversions: 0,
    reached: 2,
    firsts: 2,
    medianResponse: 1020,
    within5: 0.5,
    withinSla: 1,
    neverDialed: 0,
    medianClosing: null,
    talk: 720,
    handle: 810,
    avgHandle: 405,
    repDays: 2,
    contactRate: 2 / 3,
    conversionRate: 0,
    perLeadReached: 0,
    dialsPerRepDay: 1.5,
  }),
  row('2026-03-08', null, null, {
    dials: 1,
    contacts: 1,
    conversions: 1,
    reached: 1,
    ...quiet,
    neverDialed: 0,
    medianClosing: 111970,
    talk: 300,
    handle: 360,
    avgHandle: 360,
    repDays: 1,
    contactRate: 1,
    conversionRate: 1,
    perLeadReached: 1,
    dialsPerRepDay: 1,
  }),
  row('2026-03-09', null, null, {
    dials: 1,
    contacts: 1,
    conversions: 1,
    reached: 1,
    firsts: 1,
    medianResponse: 43200,
    within5: 0,
    withinSla: 0,
    neverDialed: 0,
    medianClosing: 205,
    talk: 180,
    handle: 200,
    avgHandle: 200,
    repDays: 1,
    contactRate: 1,
    conversionRate: 1,
    perLeadReached: 1,
    dialsPerRepDay: 1,
  }),
  row('2026-03-10', null, null, {
    dials: 1,
    contacts: 0,
    conversions: 0,
    reached: 0,
    firsts: 1,
    medianResponse: 600,
    within5: 0,
    withinSla: 1,
    neverDialed: 1,
    medianClosing: null,
    talk: 0,
    handle: 0,
    avgHandle: null,
    repDays: 1,
    contactRate: 0,
    conversionRate: null,
    perLeadReached: null,
    dialsPerRepDay: 1,
  }),
  row('2026-03-11', null, null, {
    dials: 2,
    contacts: 1,
    conversions: 0,
    reached: 1,
    ...quiet,
    neverDialed: 1,
    medianClosing: null,
    talk: 180,
    handle: 70,
    avgHandle: 70,
    repDays: 2,
    contactRate: 0.5,
    conversionRate: 0,
    perLeadReached: 0,
    dialsPerRepDay: 1,
  }),
];

function handOf(figures: HandRow): Hand {
  return {
    dials: figures.dials,
    contacts: figures.contacts,
    conversions: figures.conversions,
    reached: figures.leadsReached,
    firsts: figures.firstDials,
    medianResponse: figures.medianResponseSeconds,
    within5: figures.shareWithin5Min,
    withinSla: figures.shareWithinSla,
    neverDialed: figures.neverDialed,
    medianClosing: figures.medianClosingSeconds,
    talk: figures.talkSeconds,
    handle: figures.handleSeconds,
    avgHandle: figures.averageHandleSeconds,
    repDays: figures.repDays,
    contactRate: figures.contactRate,
    conversionRate: figures.conversionRate,
    perLeadReached: figures.conversionRatePerLeadReached,
    dialsPerRepDay: figures.dialsPerRepDay,
  };
}
