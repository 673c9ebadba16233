import fs from 'node:fs';
import path from 'node:path';
import type { BaresipEvent } from '../../../scripts/sip-rig/baresip-control';
import { startFarEnd, type FarEnd } from '../../../scripts/sip-rig/far-end';
import { freePort, freeSipPort } from '../../../scripts/sip-rig/free-port';

/** The tone the test's own phone sends, distinct from the far ends'. */
export const CALLER_TONE_HZ = 1000;

/** A baresip phone that calls through the rig over UDP, with the far ends' media settings. */
export async function startCallerPhone(dir: string): Promise<FarEnd> {
  const phoneDir = path.join(dir, 'caller');
  fs.mkdirSync(phoneDir, { recursive: true });
  return startFarEnd({
    plan: { role: 'no-answer', user: 'caller', number: '+17205550100', toneHz: CALLER_TONE_HZ },
    dir: phoneDir,
    sipPort: await freeSipPort(),
    controlPort: await freePort(),
    ringMs: 0,
  });
}

/** Waits for the phone's next event of a type, counting only events after `mark`. */
export function nextEvent(
  phone: FarEnd,
  mark: number,
  type: string,
  limitMs = 15_000,
): Promise<BaresipEvent> {
  const earlier = new Set(phone.events().slice(0, mark));
  return phone.waitForEvent((event) => !earlier.has(event) && event.type === type, limitMs);
}
