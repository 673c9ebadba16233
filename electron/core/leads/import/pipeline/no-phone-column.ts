import { DomainError } from '../../../../../shared/result';

/**
 * The file's mapping gives no column to Phone or Mobile. The message says only that: how to fix it
 * depends on where the import runs (the window has a review step, the CLI does not).
 */
export class NoPhoneColumnError extends DomainError {
  constructor() {
    super('invalid-argument', 'No column holds phone numbers.');
    this.name = 'NoPhoneColumnError';
  }
}
