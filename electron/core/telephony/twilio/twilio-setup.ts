import type { PublicSettings } from '../../../../shared/domain/settings';

/**
 * What is missing before Twilio can place a call with these settings, one phrase each; empty
 * when the set-up is complete. Formats are checked when settings are saved, so only presence here.
 */
export function missingTwilioSetup(settings: PublicSettings): string[] {
  const missing: string[] = [];
  if (settings.twilioTokenMode === 'url') {
    if (!settings.twilioTokenUrl) missing.push('the token URL');
    return missing;
  }
  if (!settings.twilioAccountSid) missing.push('the Account SID');
  if (!settings.twilioApiKeySid) missing.push('the API key SID');
  if (!settings.secretsSet.twilioApiKeySecret) missing.push('the API key secret');
  if (!settings.twilioAppSid) missing.push('the TwiML App SID');
  return missing;
}

export function describeMissing(missing: readonly string[]): string {
  return `Twilio is not set up yet: enter ${joinWords(missing)} in Settings › Telephony.`;
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
