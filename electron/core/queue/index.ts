export { applyOutcome, checkCallbackTime } from './apply-outcome';
export type { ClosedReason, OutcomeLead, OutcomeUpdate } from './apply-outcome';
export { cadenceStepAfter, nextRetryAt } from './cadence';
export { isCallable } from './callable';
export type { Callability, NotCallableReason } from './callable';
export {
  describeCallingWindow,
  isWithinCallingWindow,
  nextWindowOpening,
  openingOnNextAllowedDay,
} from './calling-window';
export {
  DEFAULT_CAMPAIGN_RULES,
  WIDEST_CALLING_WINDOW,
  campaignRulesSchema,
  parseCampaignRules,
} from './campaign-rules';
export type {
  Cadence,
  CadenceStep,
  CallingWindow,
  CampaignRules,
  SpeedToLead,
} from './campaign-rules';
export { WEEKDAYS } from './local-time';
export type { Weekday } from './local-time';
export {
  PERSISTED_TIER_CALLBACK,
  PERSISTED_TIER_NEW,
  openTimeZones,
  persistedRetryTier,
  queueColumns,
  queueScans,
} from './queue-columns';
export type { QueueColumns, QueueScan } from './queue-columns';
export type { DncCheck, QueueLead } from './queue-lead';
export {
  QUEUE_TIERS,
  compareSortKeys,
  explainQueuePosition,
  queueSortKey,
  queueTierOf,
  rankQueue,
} from './queue-policy';
export type { QueueSortKey, QueueTier, RankedLead } from './queue-policy';
export { isKnownTimeZone } from './time-zone';
export { RuleBook, callingRulesHold, shippedCallingRules } from './calling-rules';
export { queueHandlers } from './queue-handlers';
