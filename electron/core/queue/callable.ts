import { MINUTE_MS } from '../../../shared/clock';
import { describeCallingWindow, formatLocalTime, isWithinCallingWindow } from './calling-window';
import type { CampaignRules } from './campaign-rules';
import { durationText } from './duration-text';
import type { DncCheck, QueueLead } from './queue-lead';
import { isKnownTimeZone } from './time-zone';

export type NotCallableReason =
  | 'finished'
  | 'do-not-call-status'
  | 'held'
  | 'on-dnc-list'
  | 'unknown-time-zone'
  | 'max-attempts-reached'
  | 'callback-time-missing'
  | 'callback-not-due'
  | 'not-yet-eligible'
  | 'outside-calling-window';

export type Callability =
  { callable: true } | { callable: false; reason: NotCallableReason; detail: string };

const CALLABLE: Callability = { callable: true };

const no = (reason: NotCallableReason, detail: string): Callability => ({
  callable: false,
  reason,
  detail,
});

/**
 * The gate every dial passes, whatever the ordering says. Max attempts caps the cadence only:
 * a callback is the lead's own request and is kept even after the last cadence attempt.
 */
export function isCallable(
  lead: QueueLead,
  now: number,
  rules: CampaignRules,
  dnc: DncCheck,
  /** The rep picked this lead: a callback may be dialed before its time (nothing else gives). */
  pickedByRep = false,
): Callability {
  switch (lead.status) {
    case 'done':
      return no('finished', 'The lead is finished.');
    case 'dnc':
      return no('do-not-call-status', 'The lead asked not to be called.');
    case 'held':
      return no('held', 'The lead is held for review.');
    case 'new':
    case 'retry':
    case 'callback':
      break;
  }
  if (dnc(lead.phoneE164)) {
    return no('on-dnc-list', `${lead.phoneE164} is on the do-not-call list.`);
  }
  if (!isKnownTimeZone(lead.timeZone)) {
    return no(
      'unknown-time-zone',
      'The lead has no known time zone, so its calling hours are unknown.',
    );
  }
  const maxAttempts = rules.cadence.maxAttempts;
  if (lead.status !== 'callback' && lead.attemptCount >= maxAttempts) {
    return no('max-attempts-reached', `All ${maxAttempts} attempts have been made.`);
  }
  if (lead.status === 'callback') {
    if (lead.callbackAt === null) return no('callback-time-missing', 'The callback has no time.');
    if (!pickedByRep && lead.callbackAt - rules.callbackGraceMinutes * MINUTE_MS > now) {
      return no(
        'callback-not-due',
        `The callback is due in ${durationText(lead.callbackAt - now)}.`,
      );
    }
  }
  if (lead.nextEligibleAt !== null && now < lead.nextEligibleAt) {
    return no(
      'not-yet-eligible',
      `The lead may be dialed again in ${durationText(lead.nextEligibleAt - now)}.`,
    );
  }
  if (!isWithinCallingWindow(lead.timeZone, now, rules.callingWindow)) {
    return no(
      'outside-calling-window',
      `It is ${formatLocalTime(now, lead.timeZone)} in ${lead.timeZone}, outside the calling window ${describeCallingWindow(rules.callingWindow)}.`,
    );
  }
  return CALLABLE;
}
