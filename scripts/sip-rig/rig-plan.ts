/** What each far end does when a call reaches it. */
export type FarEndRole = 'answer' | 'busy' | 'no-answer';

export interface FarEndPlan {
  role: FarEndRole;
  /** The SIP user the far end answers to (its account on 127.0.0.1). */
  user: string;
  /** The number that reaches it, in E.164; Kamailio matches its last ten digits however it is dialed. */
  number: string;
  /**
   * More numbers that reach it: a block of 100 whose E.164 form starts with this (+1303555020 …
   * 0299), for runs that need many distinct leads on one far end (the bench).
   */
  blockPrefix?: string;
  /** The tone the far end sends into the call. */
  toneHz: number;
}

/**
 * The rig's fixed number plan. The numbers are valid US numbers in the 303 area code (the
 * fictional 555-01xx range), so a lead can carry them and the dial plan can reach them.
 */
export const FAR_ENDS: readonly FarEndPlan[] = [
  {
    role: 'answer',
    user: 'answer',
    number: '+13035550101',
    blockPrefix: '+130355502',
    toneHz: 440,
  },
  { role: 'busy', user: 'busy', number: '+13035550102', toneHz: 440 },
  { role: 'no-answer', user: 'noanswer', number: '+13035550103', toneHz: 440 },
];

/** The one account the rig accepts a REGISTER from; calls need no registration. */
export const RIG_ACCOUNT = { user: 'rep', password: 'rig-password' } as const;

/** How long the answering far end rings before it answers, unless the rig is told otherwise. */
export const DEFAULT_RING_MS = 1500;

/** How many trailing digits of the dialed number pick the far end (the US national number). */
export const MATCHED_DIGITS = 10;
