import type { Clock } from '../../../../shared/clock';
import type { PublicSettings, SecretName } from '../../../../shared/domain/settings';
import type { TwilioTokenGrant } from '../../../../shared/domain/twilio';
import { DomainError } from '../../../../shared/result';
import { mintVoiceAccessToken } from './access-token';
import type { FetchLike } from './http-fetch';
import { fetchTokenFromUrl } from './token-url-client';
import { describeMissing, missingTwilioSetup } from './twilio-setup';
import { voiceIdentityFor } from './voice-identity';

export interface TokenServiceDeps {
  settings: () => PublicSettings;
  /** Main-process only: decrypted secrets never leave the core. */
  secret: (name: SecretName) => string | null;
  clock: Clock;
  fetch: FetchLike;
}

/** A Voice access token for this rep, the way settings say: minted here or from the token URL. */
export class TwilioTokenService {
  constructor(private readonly deps: TokenServiceDeps) {}

  async issue(): Promise<TwilioTokenGrant> {
    const settings = this.deps.settings();
    const missing = missingTwilioSetup(settings);
    if (missing.length > 0) throw new DomainError('unavailable', describeMissing(missing));
    const identity = voiceIdentityFor(settings.repId);
    const nowMs = this.deps.clock.now();
    if (settings.twilioTokenMode === 'url') {
      return fetchTokenFromUrl({
        url: settings.twilioTokenUrl ?? '',
        identity,
        key: this.deps.secret('twilioTokenUrlKey'),
        nowMs,
        fetch: this.deps.fetch,
      });
    }
    const apiKeySecret = this.deps.secret('twilioApiKeySecret');
    if (!apiKeySecret)
      throw new DomainError('unavailable', describeMissing(['the API key secret']));
    const { token, claims } = mintVoiceAccessToken({
      accountSid: settings.twilioAccountSid ?? '',
      apiKeySid: settings.twilioApiKeySid ?? '',
      apiKeySecret,
      appSid: settings.twilioAppSid ?? '',
      identity,
      nowMs,
    });
    return { token, identity, expiresAt: claims.exp * 1000 };
  }
}
