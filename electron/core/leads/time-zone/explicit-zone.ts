import { IANAZone } from 'luxon';
import { headerMatchKey } from '../import/mapping/header-keys';

/**
 * What CRMs and people write in a time-zone column, as IANA zones. US abbreviations mean the US
 * zone with its daylight saving ("EST" in a CRM means New York, not a fixed UTC-5). Windows names
 * ("Eastern Standard Time") come from Dynamics-style exports.
 */
const ALIASES: Record<string, string> = {
  ...names(
    'America/New_York',
    'eastern',
    'easterntime',
    'et',
    'est',
    'edt',
    'easterntimeuscanada',
    'easternstandardtime',
    'useastern',
    'easterndaylighttime',
  ),
  ...names(
    'America/Chicago',
    'central',
    'centraltime',
    'ct',
    'cst',
    'cdt',
    'centraltimeuscanada',
    'centralstandardtime',
    'uscentral',
    'centraldaylighttime',
  ),
  ...names(
    'America/Denver',
    'mountain',
    'mountaintime',
    'mt',
    'mst',
    'mdt',
    'mountaintimeuscanada',
    'mountainstandardtime',
    'usmountain',
    'mountaindaylighttime',
  ),
  ...names('America/Phoenix', 'arizona', 'usmountainstandardtime', 'usarizona'),
  ...names(
    'America/Los_Angeles',
    'pacific',
    'pacifictime',
    'pt',
    'pst',
    'pdt',
    'pacifictimeuscanada',
    'pacificstandardtime',
    'uspacific',
    'pacificdaylighttime',
  ),
  ...names(
    'America/Anchorage',
    'alaska',
    'akst',
    'akdt',
    'alaskantime',
    'alaskanstandardtime',
    'usalaska',
  ),
  ...names('Pacific/Honolulu', 'hawaii', 'hst', 'hawaiitime', 'hawaiianstandardtime', 'ushawaii'),
  ...names(
    'America/Halifax',
    'atlantic',
    'atlantictime',
    'ast',
    'adt',
    'atlantictimecanada',
    'atlanticstandardtime',
  ),
  ...names('America/St_Johns', 'newfoundland', 'nst', 'ndt', 'newfoundlandstandardtime'),
  ...names('America/Regina', 'saskatchewan', 'canadacentralstandardtime'),
  ...names(
    'Europe/London',
    'uk',
    'bst',
    'britishsummertime',
    'gmtstandardtime',
    'london',
    'edinburgh',
    'dublinedinburghlisbonlondon',
  ),
  ...names('Europe/Dublin', 'ist', 'irishstandardtime'),
  ...names(
    'Europe/Paris',
    'cet',
    'cest',
    'centraleuropeantime',
    'romancestandardtime',
    'brusselscopenhagenmadridparis',
    'mez',
    'mesz',
  ),
  ...names(
    'Europe/Berlin',
    'westeuropestandardtime',
    'amsterdamberlinbernromestockholmvienna',
    'centraleuropestandardtime',
  ),
  ...names('Europe/Athens', 'eet', 'eest', 'easterneuropeantime', 'gtbstandardtime'),
  ...names('Europe/Lisbon', 'wet', 'west', 'westerneuropeantime'),
  ...names('Asia/Kolkata', 'indiastandardtime', 'indiatime'),
  ...names('Asia/Tokyo', 'jst', 'japanstandardtime', 'tokyostandardtime'),
  ...names('Australia/Sydney', 'aest', 'aedt', 'ausestandardtime', 'australianeasterntime'),
  ...names('Australia/Brisbane', 'eausstandardtime'),
  ...names('Australia/Adelaide', 'acst', 'acdt', 'cenaustraliastandardtime'),
  ...names('Australia/Perth', 'awst', 'wausstandardtime'),
  ...names('Pacific/Auckland', 'nzst', 'nzdt', 'newzealandstandardtime', 'newzealandtime'),
  ...names('UTC', 'utc', 'gmt', 'z', 'zulu', 'coordinateduniversaltime', 'greenwichmeantime'),
};

let zonesByLowerName: Map<string, string> | null = null;

/**
 * An IANA zone from what the lead's zone column says, or null. Accepts IANA names in any case
 * ("america/new_york", "US/Eastern"), labels such as "(GMT-05:00) Eastern Time (US & Canada)" or
 * "(GMT-08:00) Pacific Standard Time (America/Los_Angeles)", the aliases above, and whole-hour
 * offsets ("GMT+1", "UTC-05:00") as Etc/GMT zones. An offset has no daylight saving, so "GMT+1" is
 * one hour off in a Paris summer: better than nothing, and the user's own data.
 */
export function parseExplicitZone(raw: string): string | null {
  if (parsed.has(raw)) return parsed.get(raw) ?? null;
  const zone = parseUncached(raw);
  if (parsed.size < 10_000) parsed.set(raw, zone);
  return zone;
}

const parsed = new Map<string, string | null>();

function parseUncached(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const iana = ianaName(text) ?? ianaName(/\(([A-Za-z_]+\/[A-Za-z_/+-]+)\)/.exec(text)?.[1] ?? '');
  if (iana) return iana;
  const label = text.replace(/^\((?:GMT|UTC)[^)]*\)\s*/i, '');
  const alias = ALIASES[headerMatchKey(label)];
  if (alias) return alias;
  return fixedOffsetZone(text);
}

function ianaName(text: string): string | null {
  if (text === '' || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(text)) return null;
  zonesByLowerName ??= new Map(
    Intl.supportedValuesOf('timeZone').map((name) => [name.toLowerCase(), name]),
  );
  const canonical = zonesByLowerName.get(text.toLowerCase());
  if (canonical) return canonical;
  // Links the list leaves out (US/Eastern, Asia/Kolkata…) are still valid zone names.
  return IANAZone.isValidZone(text)
    ? new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone
    : null;
}

function fixedOffsetZone(text: string): string | null {
  const match = /^(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(
    text.replace(/^\((.*)\)$/, '$1'),
  );
  if (!match) return null;
  const hours = Number(match[2]);
  if (Number(match[3] ?? '0') !== 0 || hours > 14) return null;
  if (hours === 0) return 'UTC';
  // POSIX-style Etc names invert the sign: Etc/GMT-1 is one hour ahead of UTC.
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}

function names(zone: string, ...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, zone]));
}
