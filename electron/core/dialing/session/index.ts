export { PowerDialSession } from './power-dial-session';
export type { PowerDialSessionDeps, SnapshotListener } from './power-dial-session';
export { resolveSessionConfig, sessionConfigSchema } from './session-config';
export type { DialMode, SessionConfig, SessionConfigInput } from './session-config';
export type { Dialability, LeadOffer, LeadSkip, SessionPorts } from './session-ports';
export type {
  CallSnapshot,
  IdleReason,
  OutcomeDraftSnapshot,
  PauseReason,
  SessionSnapshot,
} from './session-snapshot';
