/** The rep's timings, each a number field: the draft's key, the field's id, words and bounds. */
export interface RepTiming {
  key: 'wrapUpSeconds' | 'callbackReminderMinutes';
  id: string;
  label: string;
  hint: string;
  min: number;
  max: number;
}

export const REP_TIMINGS: readonly RepTiming[] = [
  {
    key: 'wrapUpSeconds',
    id: 'wrap-up-seconds',
    label: 'Wrap-up time (seconds)',
    hint: 'After a call, to choose the outcome and write the note.',
    min: 1,
    max: 600,
  },
  {
    key: 'callbackReminderMinutes',
    id: 'callback-reminder',
    label: 'Callback reminder (minutes before)',
    hint: '0 reminds you at the promised time.',
    min: 0,
    max: 60,
  },
];
