export type {
  CallSnapshot,
  IdleReason,
  OutcomeDraftSnapshot,
  PauseReason,
  SessionSnapshot,
} from '../../../../shared/domain/session';
