import { parseArgs } from 'node:util';
import { DTMF_RECEIVED } from './far-end';
import { FAR_ENDS } from './rig-plan';
import { startSipRig } from './start-rig';

/**
 * `npm run sip-rig [-- --dir DIR] [--ring-ms MS]`: starts the SIP rig, prints how to point
 * Dialdeck at it, reports what the far ends see, and stops everything on Ctrl+C.
 */
const { values } = parseArgs({
  options: { dir: { type: 'string' }, 'ring-ms': { type: 'string' } },
  strict: true,
});
const ringMs = values['ring-ms'] === undefined ? undefined : Number(values['ring-ms']);
if (ringMs !== undefined && !(Number.isInteger(ringMs) && ringMs >= 0)) {
  console.error(`--ring-ms takes a whole number of milliseconds, got "${values['ring-ms']}".`);
  process.exit(2);
}
const rig = await startSipRig({ dir: values.dir, ringMs });

const width = Math.max(...FAR_ENDS.map((plan) => plan.role.length));
console.log(
  [
    'SIP rig ready',
    `  WebSocket URL   ${rig.wsUrl}`,
    `  SIP domain      ${rig.domain}   (SIP URI sip:${rig.user}@${rig.domain}, to register)`,
    `  user / password ${rig.user} / ${rig.password}   (calls need no registration)`,
    '  numbers',
    ...FAR_ENDS.map(
      (plan) =>
        `    ${plan.role.padEnd(width)}  ${plan.number}${plan.role === 'answer' ? `   answers after a ring, plays ${plan.toneHz} Hz` : ''}`,
    ),
    `  recordings      ${rig.recordingsDir}`,
    `  logs            ${rig.dir}`,
    'Ctrl+C stops it.',
  ].join('\n'),
);

const TOLD = new Set(['CALL_INCOMING', 'CALL_ESTABLISHED', DTMF_RECEIVED, 'CALL_CLOSED']);
for (const farEnd of Object.values(rig.farEnds)) {
  farEnd.onEvent((event) => {
    if (!TOLD.has(event.type)) return;
    const detail = event.type === 'CALL_INCOMING' ? `from ${event.peerUri}` : event.param;
    console.log(`${farEnd.plan.role.padEnd(width)}  ${event.type} ${detail}`);
  });
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void rig.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
