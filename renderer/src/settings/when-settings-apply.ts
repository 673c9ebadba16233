import type { SettingsPatch } from '../../../shared/domain/settings';

type SettingKey = keyof SettingsPatch;

/** The names a person reads, for the settings whose timing the rep may wonder about. */
const NAMES: Partial<Record<SettingKey, string>> = {
  repName: 'your name',
  repTimeZone: 'your time zone',
  repCountry: 'your country',
  callbackReminderMinutes: 'the callback reminder',
  shiftStart: 'your shift',
  shiftEnd: 'your shift',
  hubUrl: 'the team hub link',
  hubPort: 'the team hub link',
  hubExposeOnLan: 'the team hub link',
  hubTlsCertFile: 'the team hub link',
  hubTlsKeyFile: 'the team hub link',
  hubTlsCaFile: 'the team hub link',
  repId: 'your rep id',
  dialMode: 'the dial mode',
  wrapUpSeconds: 'the wrap-up time',
  keepOutcomesNotOnTheLine: 'keeping outcomes on calls nobody answered',
  localPresence: 'the caller ID pool',
};

/**
 * The session takes these only from idle (SessionService.reconfigure): a run in progress keeps
 * the old ones, so a call never changes rules halfway.
 */
const FROM_NEXT_START: ReadonlySet<SettingKey> = new Set([
  'repId',
  'dialMode',
  'wrapUpSeconds',
  'keepOutcomesNotOnTheLine',
]);

/** "Saved." and, in words, when what was just saved takes effect. */
export function savedNote(keys: readonly SettingKey[]): string {
  const named = keys.filter((key) => NAMES[key] !== undefined);
  const namesOf = (list: SettingKey[]) => [...new Set(list.map((key) => NAMES[key] ?? key))];
  const now = namesOf(named.filter((key) => !FROM_NEXT_START.has(key)));
  const later = namesOf(named.filter((key) => FROM_NEXT_START.has(key)));
  const parts: string[] = [];
  // The window picks the dialer or the floor when it opens (App reads app.info once).
  const roleNote = keys.includes('role')
    ? 'Who uses this app (rep or supervisor) applies when Dialdeck opens again: reload the window.'
    : null;
  // The page's CSP names the SIP server it was served with (docs/SIP.md).
  const sipNote = keys.includes('sipWebSocketUrl')
    ? 'The SIP server applies once the window reloads (Ctrl+R): a page may only open WebSockets to the servers named when it loaded.'
    : null;
  if (now.length > 0) parts.push(`${capitalize(list(now))} ${applies(now)} at once.`);
  if (later.length > 0) {
    parts.push(
      `${capitalize(list(later))} ${applies(later)} the next time you start dialing ` +
        '(a run in progress keeps the old setting until you stop it).',
    );
  }
  if (roleNote) parts.push(roleNote);
  if (sipNote) parts.push(sipNote);
  return ['Saved.', ...parts].join(' ');
}

function applies(names: readonly string[]): string {
  return names.length === 1 ? 'applies' : 'apply';
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
