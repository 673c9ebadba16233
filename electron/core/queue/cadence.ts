import { DAY_MS, MINUTE_MS } from '../../../shared/clock';
import { openingOnNextAllowedDay } from './calling-window';
import type { CadenceStep, CampaignRules } from './campaign-rules';
import { isKnownTimeZone } from './time-zone';

/** The gap that follows attempt number `attemptsMade` (1-based); the last step repeats. */
export function cadenceStepAfter(
  attemptsMade: number,
  spacing: readonly CadenceStep[],
): CadenceStep {
  const step = spacing[Math.min(Math.max(attemptsMade, 1), spacing.length) - 1];
  if (!step) throw new RangeError('A cadence needs at least one spacing step');
  return step;
}

/** When a lead may be dialed again after attempt `attemptsMade` ended at `outcomeAt`. */
export function nextRetryAt(
  attemptsMade: number,
  outcomeAt: number,
  rules: CampaignRules,
  timeZone: string | null,
): number {
  const step = cadenceStepAfter(attemptsMade, rules.cadence.spacing);
  switch (step.kind) {
    case 'wait':
      return outcomeAt + step.minutes * MINUTE_MS;
    case 'next-day':
      // A lead without a known zone cannot be dialed anyway; a day later is a safe placeholder.
      if (!isKnownTimeZone(timeZone)) return outcomeAt + DAY_MS;
      return openingOnNextAllowedDay(timeZone, outcomeAt, rules.callingWindow, step.at);
  }
}
