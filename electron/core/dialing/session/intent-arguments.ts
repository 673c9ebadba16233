import { PAUSE_CODES, type PauseCode } from '../../../../shared/domain/session';
import { DomainError } from '../../../../shared/result';

const MAX_NOTE_LENGTH = 4000;
const MAX_SKIP_REASON_LENGTH = 200;
const DTMF_DIGITS = /^[0-9*#A-D]{1,64}$/;

// Intents arrive from IPC as whatever the renderer sent, so each argument is checked here.

export function checkPauseCode(code: unknown): PauseCode {
  if (!(PAUSE_CODES as readonly unknown[]).includes(code)) {
    throw new DomainError(
      'invalid-argument',
      `"${String(code)}" is not a pause code; use one of ${PAUSE_CODES.join(', ')}.`,
    );
  }
  return code as PauseCode;
}

/** The trimmed reason. */
export function checkSkipReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '' || text.length > MAX_SKIP_REASON_LENGTH) {
    throw new DomainError(
      'invalid-argument',
      `Say why the lead is skipped, in at most ${MAX_SKIP_REASON_LENGTH} characters.`,
    );
  }
  return text;
}

export function checkNote(note: unknown): string {
  if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH) {
    throw new DomainError(
      'invalid-argument',
      `A note is text of at most ${MAX_NOTE_LENGTH} characters.`,
    );
  }
  return note;
}

export function checkDigits(digits: unknown): string {
  if (typeof digits !== 'string' || !DTMF_DIGITS.test(digits)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot send "${String(digits)}" as keypad tones: use 1 to 64 of 0-9, *, # and A-D.`,
    );
  }
  return digits;
}

export function checkCallbackAt(callbackAt: unknown, now: number): number | null {
  if (callbackAt === null) return null;
  if (typeof callbackAt !== 'number' || !Number.isSafeInteger(callbackAt) || callbackAt <= now) {
    throw new DomainError('invalid-argument', 'The callback time must be in the future.');
  }
  return callbackAt;
}

export function checkMuted(muted: unknown): boolean {
  if (typeof muted !== 'boolean') {
    throw new DomainError('invalid-argument', 'Say whether to mute with true or false.');
  }
  return muted;
}

export function checkOutcomeCode(code: unknown): string {
  if (typeof code !== 'string') {
    throw new DomainError('invalid-argument', 'An outcome is chosen by its code.');
  }
  return code;
}
