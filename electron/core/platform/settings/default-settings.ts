import os from 'node:os';
import { HUB_SETTING_DEFAULTS } from './hub-settings';
import { LEAD_SETTING_DEFAULTS } from './lead-settings';
import { LOCAL_PRESENCE_DEFAULTS } from './local-presence-settings';
import type { StoredSettings } from './settings-service';
import { SIP_DEFAULTS } from './sip-settings';
import { TWILIO_DEFAULTS } from './twilio-settings';

export function defaultSettings(): Omit<StoredSettings, 'secrets'> {
  const user = safeUserName();
  return {
    repId:
      user
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '-')
        .slice(0, 64) || 'rep',
    // Never the computer's user name: it would greet prospects in scripts ("Hi, this is Root").
    // The first-run setup asks for the real one.
    repName: 'Rep',
    role: 'rep',
    setupComplete: false,
    repTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    telephonyProvider: 'simulated',
    dialMode: 'power',
    // The field's average after-call work.
    wrapUpSeconds: 45,
    keepOutcomesNotOnTheLine: false,
    shiftStart: '09:00',
    shiftEnd: '17:00',
    ...TWILIO_DEFAULTS,
    ...SIP_DEFAULTS,
    ...HUB_SETTING_DEFAULTS,
    ...LEAD_SETTING_DEFAULTS,
    ...LOCAL_PRESENCE_DEFAULTS,
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'rep';
  }
}
