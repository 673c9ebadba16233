import { E164_NUMBER } from '../../../../shared/domain/twilio';
import { DomainError } from '../../../../shared/result';
import type { DialRequest } from '../provider';

/** Refuses, as a caller's mistake, a dial Twilio could never place. */
export function assertTwilioDialable(request: DialRequest): void {
  if (typeof request.attemptId !== 'string' || request.attemptId.trim() === '') {
    throw new DomainError('invalid-argument', 'Cannot dial without an attempt id.');
  }
  if (!E164_NUMBER.test(request.to)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot dial "${request.to}": the number must be in E.164 form, like +14155550123.`,
    );
  }
  if (request.callerId !== null && !E164_NUMBER.test(request.callerId)) {
    throw new DomainError(
      'invalid-argument',
      `Cannot present caller ID "${request.callerId}": it must be in E.164 form.`,
    );
  }
}
