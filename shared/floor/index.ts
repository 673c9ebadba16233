export * from './protocol';
export type * from './floor-view';
export type * from './viewer-protocol';
export {
  floorEventBodySchema,
  floorEventSchema,
  hubToRepMessageSchema,
  parseMessage,
  repMessageSchema,
  viewerCommandSchema,
  type Parsed,
} from './validators';
export {
  STATE_BAND_THRESHOLDS_MS,
  stateBand,
  stateCategory,
  timeInStateMs,
  type StateBand,
  type StateCategory,
} from './state-bands';
export {
  DEFAULT_ALERT_THRESHOLDS,
  withThresholds,
  type AlertThresholds,
  type AlertThresholdsPatch,
} from './alert-thresholds';
export { evaluateAlerts, type AlertCondition } from './alert-rules';
export { FloorModel } from './floor-model';
export { RepFloorState, type RepIdentity } from './rep-floor-state';
export { rankLeaderboard, sortLeaderboard, type LeaderboardKey } from './leaderboard';
