import { DomainError } from '../../../../shared/result';

const DTMF_DIGITS = /^[0-9*#A-D]+$/;

/** The sixteen DTMF tones; anything else would be silently dropped by a real line, so refuse it. */
export function assertDtmfDigits(digits: string): void {
  if (!DTMF_DIGITS.test(digits)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot send "${digits}" as keypad tones: use only 0-9, *, # and A-D.`,
    );
  }
}
