import { VOICE_IDENTITY, VOICE_IDENTITY_MAX } from '../../../../shared/domain/twilio';
import { DomainError } from '../../../../shared/result';

/**
 * The Twilio client identity for a rep: Voice identities allow only letters, digits and
 * underscore (at most 121), so the rep id's dots and dashes become underscores.
 */
export function voiceIdentityFor(repId: string): string {
  const identity = repId.replace(/[^A-Za-z0-9_]/g, '_').slice(0, VOICE_IDENTITY_MAX);
  if (!VOICE_IDENTITY.test(identity)) {
    throw new DomainError(
      'invalid-argument',
      'The rep id cannot be used as a Twilio identity: set a rep id of letters and digits.',
    );
  }
  return identity;
}
