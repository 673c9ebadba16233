export { LeadLocks } from './lead-locks';
export type { OutcomeCompanion, RecordedOutcome } from './outcome-companion';
export { SessionService, sessionConfigOf } from './session-service';
export { StoreSessionPorts, type StoreSessionPortsDeps } from './store-session-ports';
export { REP_SKIP_DELAY_MINUTES } from './skip-write';
export { withLeadNames } from './attempt-log';
export { ATTEMPT_COLUMNS, AttemptRepository, rowToAttempt } from './attempt-repository';
export type { AttemptRow } from './attempt-repository';
export { sessionHandlers } from './session-handlers';
