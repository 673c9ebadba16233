import { parseArgs } from 'node:util';
import type { SecretName, SettingsPatch } from '../../shared/domain/settings';
import { defaultDataDir } from '../core/platform/default-data-dir';
import type { TwilioLineControl } from '../core/telephony';
import { SIMULATION_SPEEDS, type SimulationControl, type SimulationSpeed } from '../core/telephony';
import { SIMULATED_OUTCOMES, type SimulatedOutcome } from '../core/telephony';
import { HUB_FLAG_OPTIONS, HUB_FLAGS_USAGE, parseHubFlags } from './hub-flags';
import { SIP_FLAG_OPTIONS, SIP_FLAGS_USAGE, parseSipFlags } from './sip-flags';

export interface BrowserArgs {
  dataDir: string;
  port: number;
  seedDemo: boolean;
  settingsOverrides: SettingsPatch;
  /** Stored encrypted on start (the hub's team token or this rep's key). */
  secretOverrides: Partial<Record<SecretName, string>>;
  simulation: SimulationControl;
  /** Epoch ms the core's clock reads at start (--sim-clock-start), or null for the real time. */
  clockStart: number | null;
  /** Test hooks of the Twilio line: --twilio-fake-device, --twilio-api-url. */
  twilio: TwilioLineControl;
  /** For stderr, one line each (a secret given on the command line). */
  warnings: string[];
}

export const BROWSER_USAGE =
  'usage: npm run start:browser -- [--data-dir DIR] [--port PORT] [--role rep|supervisor] ' +
  '[--rep-id ID] [--rep-name NAME] [--no-demo] [--dial-mode power|preview] [--sim-seed N] ' +
  `[--sim-outcomes ${SIMULATED_OUTCOMES.join(',')},...] [--sim-speed ${SIMULATION_SPEEDS.join('|')}] ` +
  `[--sim-clock-start ISO-8601] ${HUB_FLAGS_USAGE}\n${SIP_FLAGS_USAGE}`;

/**
 * Throws an Error whose message is fit to print when the arguments are wrong. `env` holds the
 * secrets that are safer there than on the command line (DIALDECK_HUB_TOKEN...).
 */
export function parseBrowserArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): BrowserArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      role: { type: 'string' },
      'rep-id': { type: 'string' },
      'rep-name': { type: 'string' },
      'no-demo': { type: 'boolean' },
      'dial-mode': { type: 'string' },
      'sim-seed': { type: 'string' },
      'sim-outcomes': { type: 'string' },
      'sim-speed': { type: 'string' },
      'sim-clock-start': { type: 'string' },
      'twilio-fake-device': { type: 'boolean' },
      'twilio-api-url': { type: 'string' },
      ...HUB_FLAG_OPTIONS,
      ...SIP_FLAG_OPTIONS,
    },
    strict: true,
  });
  const port = Number(values.port ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, got "${values.port}".`);
  }
  const role = values.role;
  if (role !== undefined && role !== 'rep' && role !== 'supervisor') {
    throw new Error(`--role must be "rep" or "supervisor", got "${role}".`);
  }
  const dialMode = values['dial-mode'];
  if (dialMode !== undefined && dialMode !== 'power' && dialMode !== 'preview') {
    throw new Error(`--dial-mode must be "power" or "preview", got "${dialMode}".`);
  }
  const settingsOverrides: SettingsPatch = {};
  if (role) settingsOverrides.role = role;
  if (values['rep-id']) settingsOverrides.repId = values['rep-id'];
  if (values['rep-name']) {
    // A name given on the command line stands for the first-run setup (scripts, tests).
    settingsOverrides.repName = values['rep-name'];
    settingsOverrides.setupComplete = true;
  }
  if (dialMode) settingsOverrides.dialMode = dialMode;
  const hub = parseHubFlags(values, env);
  Object.assign(settingsOverrides, hub.settings);
  const sip = parseSipFlags(values, env);
  Object.assign(settingsOverrides, sip.settings);
  return {
    dataDir: values['data-dir'] ?? defaultDataDir(),
    port,
    seedDemo: !values['no-demo'],
    settingsOverrides,
    secretOverrides: { ...hub.secrets, ...sip.secrets },
    simulation: parseSimulation(values['sim-seed'], values['sim-outcomes'], values['sim-speed']),
    clockStart: parseClockStart(values['sim-clock-start']),
    twilio: parseTwilioTestHooks(values['twilio-fake-device'], values['twilio-api-url']),
    warnings: [...hub.warnings, ...sip.warnings],
  };
}

function parseSimulation(
  seed: string | undefined,
  outcomes: string | undefined,
  speed: string | undefined,
): SimulationControl {
  const simulation: SimulationControl = {};
  if (seed !== undefined) {
    const value = Number(seed);
    if (seed.trim() === '' || !Number.isSafeInteger(value) || value < 0) {
      throw new Error(`--sim-seed must be a whole number of 0 or more, got "${seed}".`);
    }
    simulation.seed = value;
  }
  if (outcomes !== undefined) {
    const list = outcomes.split(',').map((outcome) => outcome.trim());
    const unknown = list.filter(
      (outcome) => !(SIMULATED_OUTCOMES as readonly string[]).includes(outcome),
    );
    if (unknown.length > 0) {
      throw new Error(
        `--sim-outcomes takes a comma-separated list of ${SIMULATED_OUTCOMES.join(', ')}; ` +
          `"${unknown.join('", "')}" is not one.`,
      );
    }
    simulation.outcomes = list as SimulatedOutcome[];
  }
  if (speed !== undefined) {
    if (!(SIMULATION_SPEEDS as readonly string[]).includes(speed)) {
      throw new Error(
        `--sim-speed must be one of ${SIMULATION_SPEEDS.join(', ')}, got "${speed}".`,
      );
    }
    simulation.speed = speed as SimulationSpeed;
  }
  return simulation;
}

function parseClockStart(text: string | undefined): number | null {
  if (text === undefined) return null;
  const at = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at)) {
    throw new Error(
      `--sim-clock-start must be an ISO 8601 time such as 2026-03-10T15:00:00Z, got "${text}".`,
    );
  }
  return at;
}

/** For end-to-end tests only: a scripted Device in the window, a stand-in for Twilio's REST API. */
function parseTwilioTestHooks(fakeDevice: boolean | undefined, apiUrl: string | undefined) {
  const twilio: TwilioLineControl = {};
  if (fakeDevice) twilio.fakeDevice = true;
  if (apiUrl !== undefined) {
    if (!/^https?:\/\/[^\s/]+$/.test(apiUrl)) {
      throw new Error(
        `--twilio-api-url must be an http(s) origin such as http://127.0.0.1:4010, got "${apiUrl}".`,
      );
    }
    twilio.apiBaseUrl = apiUrl;
  }
  return twilio;
}
