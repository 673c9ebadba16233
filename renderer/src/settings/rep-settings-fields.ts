import type { DialMode } from '../../../shared/domain/session';
import type { RadioChoice } from '../ui/RadioGroup';

export const DIAL_MODE_CHOICE: RadioChoice<DialMode> = {
  legend: 'Dial mode',
  name: 'dial-mode',
  options: [
    { value: 'power', label: 'Power: the next lead is dialed as soon as the outcome is saved' },
    { value: 'preview', label: 'Preview: you see the next lead and press Space to dial' },
  ],
};

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
