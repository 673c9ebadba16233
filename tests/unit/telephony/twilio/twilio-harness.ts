import { EventHub } from '../../../../electron/core/platform/events/event-hub';
import { silentLogger } from '../../../../electron/core/platform/log/logger';
import { defaultSettings } from '../../../../electron/core/platform/settings/default-settings';
import { SettingsService } from '../../../../electron/core/platform/settings/settings-service';
import { telephonyHandlers } from '../../../../electron/core/telephony/twilio/twilio-handlers';
import {
  createTwilioLine,
  type TwilioLine,
  type TwilioLineControl,
} from '../../../../electron/core/telephony/twilio/twilio-line';
import type { TwilioProvider } from '../../../../electron/core/telephony/twilio/twilio-provider';
import type { SettingsPatch } from '../../../../shared/domain/settings';
import type { TelephonyCommand } from '../../../../shared/domain/twilio';
import {
  TwilioDeviceHost,
  type HostStatus,
} from '../../../../renderer/src/telephony/twilio-device-host';
import type { ContractOutcome, ProviderContractHarness } from '../provider-contract';
import { AsyncManualClock, settle } from './async-manual-clock';
import {
  FAKE_ERRORS,
  FakeVoiceSdk,
  fakeTimersOn,
  type FakeCall,
  type FakeCallScript,
} from './fake-twilio-device';
import { inProcessBridge } from './in-process-bridge';

export const TEST_SECRET = 'test-api-key-secret-0123456789abcdef';
export const TWILIO_SETTINGS: SettingsPatch = {
  repId: 'ana.lopez',
  telephonyProvider: 'twilio',
  twilioTokenMode: 'mint',
  twilioAccountSid: `AC${'a1'.repeat(16)}`,
  twilioApiKeySid: `SK${'b2'.repeat(16)}`,
  twilioAppSid: `AP${'c3'.repeat(16)}`,
  twilioCallerId: '+14155550100',
  twilioEdge: 'dublin',
};

/** Settings as the core keeps them, in memory, with secrets "encrypted" as themselves. */
export function memorySettings(patch: SettingsPatch = TWILIO_SETTINGS): SettingsService {
  const settings = new SettingsService(
    { load: () => undefined, save: () => undefined },
    { description: 'test', encrypt: (text) => text, decrypt: (text) => text },
    silentLogger,
    defaultSettings(),
  );
  settings.update(patch);
  settings.setSecret('twilioApiKeySecret', TEST_SECRET);
  return settings;
}

const SCRIPTS: Record<ContractOutcome, FakeCallScript> = {
  answer: { kind: 'answer', ringAfterMs: 0, answerAfterMs: 4_000, talkMs: 120_000 },
  'no-answer': { kind: 'no-answer', ringAfterMs: 0, giveUpAfterMs: 25_000 },
  busy: { kind: 'sip-error', afterMs: 1_500, ring: false, error: FAKE_ERRORS.busy },
  failed: {
    kind: 'sip-error',
    afterMs: 2_000,
    ring: false,
    error: {
      code: 31404,
      message: 'NotFound: The server has not found anything matching the request.',
    },
  },
};

export interface TwilioHarness extends ProviderContractHarness {
  readonly provider: TwilioProvider;
  readonly clock: AsyncManualClock;
  readonly sdk: FakeVoiceSdk;
  readonly host: TwilioDeviceHost;
  readonly line: TwilioLine;
  readonly settings: SettingsService;
  readonly commands: TelephonyCommand[];
  readonly statuses: HostStatus[];
  readonly events: EventHub;
  /** The fake SDK's call for the n-th connect (0-based), or the latest. */
  call(index?: number): FakeCall;
  queue(...scripts: FakeCallScript[]): void;
}

/**
 * The Twilio provider in the core, the Device host of a window and the scripted Device, wired
 * in one process through the real dispatcher: what runs in the app, minus Electron and WebRTC.
 */
export async function twilioHarness(
  options: { control?: TwilioLineControl; settings?: SettingsPatch; startHost?: boolean } = {},
): Promise<TwilioHarness> {
  const clock = new AsyncManualClock();
  const settings = memorySettings(options.settings ?? TWILIO_SETTINGS);
  const events = new EventHub();
  const commands: TelephonyCommand[] = [];
  const line = createTwilioLine({
    clock,
    settings: () => settings.get(),
    secret: (name) => settings.getSecret(name),
    send: (command) => {
      commands.push(command);
      events.emit('telephony.command', command);
    },
    ...(options.control ? { control: options.control } : {}),
  });
  const handlers = telephonyHandlers(line);
  // The window names each attempt's Call by its CallSid when it reports it: how a test finds it.
  const callSids = new Map<string, string>();
  const api = inProcessBridge(
    {
      ...handlers,
      'telephony.report': (hostId, attemptId, report) => {
        if ('callSid' in report) callSids.set(attemptId, report.callSid);
        return handlers['telephony.report'](hostId, attemptId, report);
      },
      'settings.get': () => settings.get(),
    },
    events,
  );
  const sdk = new FakeVoiceSdk(fakeTimersOn(clock), SCRIPTS.answer);
  const statuses: HostStatus[] = [];
  let hosts = 0;
  const host = new TwilioDeviceHost({
    api,
    loadSdk: () => Promise.resolve(sdk),
    timers: clock,
    newHostId: () => `host-${String(++hosts).padStart(4, '0')}`,
    later: queueMicrotask,
    onStatus: (status) => statuses.push(status),
  });
  if (options.startHost !== false) {
    await host.start();
    await settle();
  }
  const call = (index?: number): FakeCall => {
    const calls = sdk.device?.calls ?? [];
    const found = index === undefined ? calls.at(-1) : calls[index];
    if (!found) throw new Error('The fake Device has no such call');
    return found;
  };
  return {
    provider: line.provider,
    clock,
    sdk,
    host,
    line,
    settings,
    commands,
    statuses,
    events,
    call,
    queue: (...scripts) => sdk.queue(...scripts),
    setNextOutcome: (outcome) => sdk.queue(SCRIPTS[outcome]),
    hangUpRemotely: async () => {
      call().hangUpRemotely();
      await settle();
    },
    mutedOnLine: async ({ attemptId }) => {
      await settle();
      const callSid = callSids.get(attemptId);
      const onDevice = sdk.devices
        .flatMap((device) => device.calls)
        .find((c) => c.parameters.CallSid === callSid);
      if (!onDevice) throw new Error(`The fake Device has no call for ${attemptId}`);
      return onDevice.muted;
    },
    // The TwiML App's <Dial callerId> takes the CallerId parameter the window connects with.
    callerIdAtFarEnd: async ({ attemptId }) => {
      await settle();
      const callSid = callSids.get(attemptId);
      const onDevice = sdk.devices
        .flatMap((device) => device.calls)
        .find((c) => c.parameters.CallSid === callSid);
      if (!onDevice) throw new Error(`The fake Device has no call for ${attemptId}`);
      return onDevice.params.CallerId ?? null;
    },
    advance: (ms) => clock.advanceSettling(ms),
    now: () => clock.now(),
  };
}
