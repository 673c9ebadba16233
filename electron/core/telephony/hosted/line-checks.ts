import type { PublicSettings, TelephonyProviderName } from '../../../../shared/domain/settings';
import type { ConnectionCheck, ConnectionReport } from '../../../../shared/domain/twilio';

/** Whether the rep's calls go through this line, in the line's own words for either answer. */
export function providerCheck(
  settings: PublicSettings,
  line: TelephonyProviderName,
  words: { chosen: string; notChosen: string },
): ConnectionCheck {
  return settings.telephonyProvider === line
    ? { id: 'provider', status: 'ok', message: words.chosen }
    : { id: 'provider', status: 'skipped', message: words.notChosen };
}

/** Whether a window carries the line's phone now, in the line's own words for either answer. */
export function windowCheck(
  attached: boolean,
  words: { attached: string; missing: string },
): ConnectionCheck {
  return attached
    ? { id: 'window', status: 'ok', message: words.attached }
    : { id: 'window', status: 'problem', message: words.missing };
}

export function connectionReport(checks: ConnectionCheck[]): ConnectionReport {
  return { ok: checks.every((check) => check.status !== 'problem'), checks };
}
