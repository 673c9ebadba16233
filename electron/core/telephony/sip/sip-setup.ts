import type { PublicSettings } from '../../../../shared/domain/settings';

/**
 * What is missing before the SIP line can place a call with these settings, one phrase each;
 * empty when the set-up is complete. Formats are checked when settings are saved.
 */
export function missingSipSetup(settings: PublicSettings): string[] {
  const missing: string[] = [];
  if (!settings.sipWebSocketUrl) missing.push("the server's WebSocket URL");
  if (!settings.sipUri) missing.push('the SIP URI');
  if (settings.sipNumberFormat === 'prefix' && !settings.sipDialPrefix) {
    missing.push('the dial prefix');
  }
  return missing;
}

export function describeMissingSip(missing: readonly string[]): string {
  return `SIP is not set up yet: enter ${joinWords(missing)} in Settings › Telephony › SIP.`;
}

/** sip:alice@pbx.example.com:5060 → { user: 'alice', domain: 'pbx.example.com:5060' }. */
export function partsOfSipUri(uri: string): { user: string; domain: string } {
  const withoutScheme = uri.replace(/^sips?:/, '');
  const at = withoutScheme.lastIndexOf('@');
  return { user: withoutScheme.slice(0, at), domain: withoutScheme.slice(at + 1) };
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
