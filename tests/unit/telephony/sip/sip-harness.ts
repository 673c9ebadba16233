import { EventHub } from '../../../../electron/core/platform/events/event-hub';
import type { Logger } from '../../../../electron/core/platform/log/logger';
import type { SettingsService } from '../../../../electron/core/platform/settings/settings-service';
import { sipHandlers } from '../../../../electron/core/telephony/sip/sip-handlers';
import {
  createSipLine,
  type SipLine,
  type SipLineControl,
} from '../../../../electron/core/telephony/sip/sip-line';
import type { SipProvider } from '../../../../electron/core/telephony/sip/sip-provider';
import type { SettingsPatch } from '../../../../shared/domain/settings';
import type { SipCommand } from '../../../../shared/domain/sip';
import type { DialdeckApi } from '../../../../shared/ipc/contract';
import type { SipHostStatus } from '../../../../renderer/src/telephony/sip/sip-phone';
import { SipPhoneHost } from '../../../../renderer/src/telephony/sip/sip-phone-host';
import type { ContractOutcome, ProviderContractHarness } from '../provider-contract';
import { AsyncManualClock, settle } from '../twilio/async-manual-clock';
import { fakeTimersOn } from '../twilio/fake-twilio-device';
import { memorySettings } from '../twilio/twilio-harness';
import { inProcessBridge } from '../twilio/in-process-bridge';
import { FAKE_FINALS, FakeSipStack, type FakeSipCall, type FakeSipScript } from './fake-sip-stack';

export const SIP_PASSWORD = 'correct-horse-battery-staple-7f3e';
export const SIP_SETTINGS: SettingsPatch = {
  repId: 'ana.lopez',
  repCountry: 'US',
  telephonyProvider: 'sip',
  sipWebSocketUrl: 'wss://pbx.example.com:8089/ws',
  sipUri: 'sip:ana@pbx.example.com',
  sipCallerId: '+14155550100',
};

const SCRIPTS: Record<ContractOutcome, FakeSipScript> = {
  answer: {
    kind: 'answer',
    progressAfterMs: 0,
    progressStatus: 180,
    answerAfterMs: 4_000,
    talkMs: 120_000,
  },
  'no-answer': { kind: 'final', afterMs: 25_000, ring: true, ...FAKE_FINALS.unavailable },
  busy: { kind: 'final', afterMs: 1_500, ring: false, ...FAKE_FINALS.busy },
  failed: { kind: 'final', afterMs: 2_000, ring: false, ...FAKE_FINALS.serviceUnavailable },
};

export interface SipHarness extends ProviderContractHarness {
  readonly provider: SipProvider;
  readonly clock: AsyncManualClock;
  readonly stack: FakeSipStack;
  readonly host: SipPhoneHost;
  readonly line: SipLine;
  readonly settings: SettingsService;
  readonly commands: SipCommand[];
  readonly statuses: SipHostStatus[];
  readonly api: DialdeckApi;
  /** The fake stack's call for the n-th INVITE (0-based), or the latest. */
  call(index?: number): FakeSipCall;
  queue(...scripts: FakeSipScript[]): void;
}

/**
 * The SIP provider in the core, the SIP phone of a window and a scripted JsSIP, wired in one
 * process through the real dispatcher: what runs in the app, minus Electron, WebSocket and WebRTC.
 */
export async function sipHarness(
  options: {
    control?: SipLineControl;
    settings?: SettingsPatch;
    startHost?: boolean;
    log?: Logger;
  } = {},
): Promise<SipHarness> {
  const clock = new AsyncManualClock();
  const settings = memorySettings({ ...SIP_SETTINGS, ...options.settings });
  settings.setSecret('sipPassword', SIP_PASSWORD);
  const events = new EventHub();
  const commands: SipCommand[] = [];
  const line = createSipLine({
    clock,
    settings: () => settings.get(),
    secret: (name) => settings.getSecret(name),
    send: (command) => {
      commands.push(command);
      events.emit('sip.command', command);
    },
    ...(options.log ? { log: options.log } : {}),
    ...(options.control ? { control: options.control } : {}),
  });
  const api = inProcessBridge(
    { ...sipHandlers(line), 'settings.get': () => settings.get() },
    events,
  );
  const stack = new FakeSipStack(fakeTimersOn(clock), SCRIPTS.answer);
  const statuses: SipHostStatus[] = [];
  let hosts = 0;
  const host = new SipPhoneHost({
    api,
    loadStack: () => Promise.resolve(stack),
    timers: clock,
    newHostId: () => `host-${String(++hosts).padStart(4, '0')}`,
    onStatus: (status) => statuses.push(status),
  });
  if (options.startHost !== false) {
    await host.start();
    await settle();
  }
  const callFor = (attemptId: string): FakeSipCall => {
    const index = commands
      .filter((command) => command.kind === 'connect')
      .findIndex((command) => command.attemptId === attemptId);
    const found = stack.agents.flatMap((agent) => agent.calls)[index];
    if (!found) throw new Error(`The fake SIP stack has no call for ${attemptId}`);
    return found;
  };
  return {
    provider: line.provider,
    clock,
    stack,
    host,
    line,
    settings,
    commands,
    statuses,
    api,
    call: (index) => {
      const calls = stack.agents.flatMap((agent) => agent.calls);
      const found = index === undefined ? calls.at(-1) : calls[index];
      if (!found) throw new Error('The fake SIP stack has no such call');
      return found;
    },
    queue: (...scripts) => stack.queue(...scripts),
    setNextOutcome: (outcome) => stack.queue(SCRIPTS[outcome]),
    hangUpRemotely: async (attemptId) => {
      callFor(attemptId).hangUpRemotely();
      await settle();
    },
    mutedOnLine: async ({ attemptId }) => {
      await settle();
      return callFor(attemptId).muted;
    },
    // The far end reads the From user, or the P-Asserted-Identity a trusting trunk reads.
    callerIdAtFarEnd: async ({ attemptId }) => {
      await settle();
      const { plan } = callFor(attemptId);
      const asserted = plan.extraHeaders
        .map((header) => /^P-Asserted-Identity: <sip:([^@>]+)@/.exec(header)?.[1])
        .find((user) => user !== undefined);
      return plan.fromUser ?? asserted ?? null;
    },
    advance: (ms) => clock.advanceSettling(ms),
    now: () => clock.now(),
  };
}
