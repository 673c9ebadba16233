import type { SessionStateName } from '../../../../shared/domain/session';
import { DomainError, type ErrorCode } from '../../../../shared/result';
import type { SessionState } from './session-state';
import type { Refusal } from './transitions';

const IN_WORDS: Record<SessionStateName, string> = {
  idle: 'idle',
  preview: 'previewing a lead',
  dialing: 'dialing',
  ringing: 'ringing',
  connected: 'on a call',
  'wrap-up': 'in wrap-up',
  paused: 'paused',
};

export function illegalTransition(
  action: string,
  state: SessionStateName,
  allowed: readonly SessionStateName[],
): DomainError {
  const when = allowed.map((name) => IN_WORDS[name]).join(' or ');
  return new DomainError(
    'illegal-transition',
    `Cannot ${action} while ${IN_WORDS[state]}: only when ${when}.`,
  );
}

/** The error the rep sees for an input the transition table refuses in `state`. */
export function refusalError(refusal: Refusal, state: SessionState): DomainError {
  switch (refusal.because) {
    case 'wrong-state':
      return illegalTransition(refusal.action, state.name, refusal.allowed);
    case 'already-paused':
      return new DomainError(
        'illegal-transition',
        state.name === 'paused' ? `Already paused (${state.pause.code}).` : 'Already paused.',
      );
    case 'stated':
      return new DomainError('illegal-transition', refusal.message);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A store's own DomainError keeps its code; anything else from a write is a storage failure. */
export function failureCode(error: unknown): ErrorCode {
  return error instanceof DomainError ? error.code : 'storage-failed';
}
