/** The cadence's counts, each a number field: the draft's key, the field's id and words. */
export interface CadenceCount {
  key: 'slaMinutes' | 'atRiskMinutes' | 'maxAttempts' | 'callbackGraceMinutes';
  id: string;
  label: string;
  hint: string;
}

export const CADENCE_COUNTS: readonly CadenceCount[] = [
  {
    key: 'slaMinutes',
    id: 'sla-minutes',
    label: 'First dial within (min)',
    hint: 'The speed-to-lead SLA for new leads.',
  },
  {
    key: 'atRiskMinutes',
    id: 'at-risk-minutes',
    label: 'At risk from (min before)',
    hint: 'Leads this close to the SLA go first.',
  },
  {
    key: 'maxAttempts',
    id: 'max-attempts',
    label: 'Attempts per lead',
    hint: 'The first dial included.',
  },
  {
    key: 'callbackGraceMinutes',
    id: 'callback-grace',
    label: 'Callback grace (min)',
    hint: 'A callback may be dialed this early.',
  },
];

/** A whole number of minutes or attempts, typed with the number keys. */
export const COUNT_INPUT = { inputMode: 'numeric', min: 0, step: 1 } as const;
