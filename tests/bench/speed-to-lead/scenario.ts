import { DateTime } from 'luxon';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/clock';
import type { LeadStatus } from '../../../shared/domain/lead';
import { nextWindowOpening } from '../../../electron/core/queue/calling-window';
import type { SimulationOptions } from './options';
import { addressOf } from './lead-address';
import { derivedRandom, exponential, pickWeighted, shuffled, uniform } from './random';
import type { Random } from './random';

/** live: arrives during the shift · backlog: arrived overnight · carried-*: from earlier days. */
export type LeadKind = 'live' | 'backlog' | 'carried-retry' | 'carried-callback';

/** A lead as it stands when it enters the rep's pool; `id` is its position in the dial list. */
export interface LeadSpec {
  id: number;
  kind: LeadKind;
  createdAt: number;
  /** When the lead is in the pool: its arrival for live leads, the shift start for the rest. */
  availableAt: number;
  timeZone: string | null;
  phoneE164: string;
  /** The address's country and state: with the area code, they say which calling rules apply. */
  country: string;
  region: string | null;
  status: LeadStatus;
  attemptCount: number;
  firstAttemptAt: number | null;
  nextEligibleAt: number | null;
  callbackAt: number | null;
}

type AddressField = 'phoneE164' | 'country' | 'region';

export interface Scenario {
  shiftStart: number;
  shiftEnd: number;
  /** In dial-list order: earlier days' imports, this morning's import, then live arrivals. */
  leads: readonly LeadSpec[];
  dncNumbers: ReadonlySet<string>;
}

const STREAM = {
  arrivals: 1,
  backlog: 2,
  carried: 3,
  zones: 4,
  dnc: 5,
  importOrder: 6,
  states: 7,
} as const;

export function generateScenario(options: SimulationOptions): Scenario {
  const at = (time: string, dayOffset = 0) =>
    DateTime.fromISO(`${options.date}T${time}`, { zone: options.repTimeZone })
      .plus({ days: dayOffset })
      .toMillis();
  const shiftStart = at(options.shiftStart);
  const shiftEnd = at(options.shiftEnd);
  const stream = (name: keyof typeof STREAM): Random => derivedRandom(options.seed, STREAM[name]);
  const zones = stream('zones');
  const dncRoll = stream('dnc');
  const states = stream('states');
  const knownZones = options.zoneWeights.filter(
    (entry): entry is readonly [string, number] => entry[0] !== null,
  );

  const carried = generateCarried(options, stream('carried'), shiftStart, shiftEnd, knownZones);
  const backlogRandom = stream('backlog');
  const backlogCreated = Array.from({ length: options.backlogLeads }, () =>
    Math.round(uniform(backlogRandom, at(options.shiftEnd, -1), shiftStart)),
  );
  // The morning import keeps the CRM export's row order, which is not arrival order.
  const backlogInImportOrder = shuffled(stream('importOrder'), backlogCreated);
  const liveCreated = poissonArrivals(
    stream('arrivals'),
    shiftStart,
    shiftEnd,
    options.leadsPerHour,
  );

  const dncNumbers = new Set<string>();
  const leads: LeadSpec[] = [];
  const add = (spec: Omit<LeadSpec, 'id' | AddressField>) => {
    const id = leads.length + 1;
    leads.push({ ...spec, id, ...addressOf(states, spec.timeZone, id) });
  };
  for (const lead of carried) add(lead);
  const fresh = [
    ...backlogInImportOrder.map((createdAt) => ({ kind: 'backlog' as const, createdAt })),
    ...liveCreated.map((createdAt) => ({ kind: 'live' as const, createdAt })),
  ];
  for (const { kind, createdAt } of fresh) {
    add({
      kind,
      createdAt,
      availableAt: Math.max(createdAt, shiftStart),
      timeZone: pickWeighted(zones, options.zoneWeights),
      status: 'new',
      attemptCount: 0,
      firstAttemptAt: null,
      nextEligibleAt: null,
      callbackAt: null,
    });
    const added = leads[leads.length - 1];
    if (added && dncRoll() < options.dncShare) dncNumbers.add(added.phoneE164);
  }
  return { shiftStart, shiftEnd, leads, dncNumbers };
}

function poissonArrivals(random: Random, from: number, to: number, perHour: number): number[] {
  const arrivals: number[] = [];
  if (perHour <= 0) return arrivals;
  for (let t = from + exponential(random, HOUR_MS / perHour); t < to;) {
    arrivals.push(Math.round(t));
    t += exponential(random, HOUR_MS / perHour);
  }
  return arrivals;
}

function generateCarried(
  options: SimulationOptions,
  random: Random,
  shiftStart: number,
  shiftEnd: number,
  knownZones: readonly (readonly [string, number])[],
): Omit<LeadSpec, 'id' | AddressField>[] {
  const carried: Omit<LeadSpec, 'id' | AddressField>[] = [];
  for (let i = 0; i < options.carriedRetries; i += 1) {
    const timeZone = pickWeighted(random, knownZones);
    const createdAt = Math.round(shiftStart - uniform(random, 1, 5) * DAY_MS);
    carried.push({
      kind: 'carried-retry',
      createdAt,
      availableAt: shiftStart,
      timeZone,
      status: 'retry',
      attemptCount: 1 + Math.floor(random() * 4),
      firstAttemptAt: createdAt + 10 * MINUTE_MS,
      nextEligibleAt: nextWindowOpening(timeZone, shiftStart, options.rules.callingWindow),
      callbackAt: null,
    });
  }
  for (let i = 0; i < options.carriedCallbacks; i += 1) {
    const timeZone = pickWeighted(random, knownZones);
    const createdAt = Math.round(shiftStart - uniform(random, 1, 3) * DAY_MS);
    const promised = Math.round(uniform(random, shiftStart, shiftEnd - HOUR_MS) / MINUTE_MS / 15);
    carried.push({
      kind: 'carried-callback',
      createdAt,
      availableAt: shiftStart,
      timeZone,
      status: 'callback',
      attemptCount: 1 + Math.floor(random() * 2),
      firstAttemptAt: createdAt + 10 * MINUTE_MS,
      nextEligibleAt: null,
      callbackAt: nextWindowOpening(
        timeZone,
        promised * 15 * MINUTE_MS,
        options.rules.callingWindow,
      ),
    });
  }
  // Earlier days' imports sit above today's in the list, oldest import first.
  return carried.sort((a, b) => a.createdAt - b.createdAt);
}
