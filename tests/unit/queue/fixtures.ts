import { DateTime } from 'luxon';
import type { Lead } from '../../../shared/domain/lead';
import { UNTOUCHED_LEAD } from '../../support/lead-factory';
import { DEFAULT_DISPOSITIONS, SYSTEM_DISPOSITIONS } from '../../../shared/domain/disposition';
import type { Disposition } from '../../../shared/domain/disposition';

/** Epoch ms of a wall-clock time in a zone: at('2026-03-10T15:00', 'America/Chicago'). */
export function at(localIso: string, zone: string): number {
  const time = DateTime.fromISO(localIso, { zone });
  if (!time.isValid) throw new Error(`Bad test time ${localIso} in ${zone}`);
  return time.toMillis();
}

export function makeLead(overrides: Partial<Lead> = {}): Lead {
  return {
    ...UNTOUCHED_LEAD,
    id: 1,
    campaignId: 'campaign-1',
    firstName: 'Ada',
    lastName: 'Lovelace',
    company: 'Analytical Engines',
    phoneE164: '+13125550100',
    timeZone: 'America/Chicago',
    region: 'IL',
    country: 'US',
    createdAt: at('2026-03-10T09:00', 'America/Chicago'),
    importedAt: at('2026-03-10T09:00', 'America/Chicago'),
    ...overrides,
  };
}

export function dispositionFor(code: string): Disposition {
  const found = [...DEFAULT_DISPOSITIONS, ...SYSTEM_DISPOSITIONS].find((d) => d.code === code);
  if (!found) throw new Error(`No disposition ${code}`);
  return found;
}

export const nobodyOnDnc = (): boolean => false;
