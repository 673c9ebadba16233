import type { Clock } from '../../../shared/clock';
import type { EventHub } from '../platform/events/event-hub';
import type { Logger } from '../platform/log/logger';
import type { SimulationControl } from './simulated/simulated-line';
import { createSimulatedLine } from './simulated/simulated-line';
import type { SettingsService } from '../platform/settings/settings-service';
import type { TelephonyProvider } from './provider';
import { ProviderRouter } from './provider-router';
import { createSipLine, type SipLine, type SipLineControl } from './sip/sip-line';
import { createTwilioLine, type TwilioLine, type TwilioLineControl } from './twilio/twilio-line';

export interface TelephonyDeps {
  clock: Clock;
  settings: SettingsService;
  events: EventHub;
  log: Logger;
  simulation?: SimulationControl;
  twilio?: TwilioLineControl;
  sip?: SipLineControl;
  /** Replaces the line the settings would choose (tests). */
  override?: TelephonyProvider;
}

/** The lines the rep can call on, and the one the settings choose for each dial. */
export function createTelephony(deps: TelephonyDeps): {
  provider: TelephonyProvider;
  twilio: TwilioLine;
  sip: SipLine;
} {
  const twilio = createTwilioLine({
    clock: deps.clock,
    settings: () => deps.settings.get(),
    secret: (name) => deps.settings.getSecret(name),
    send: (command) => deps.events.emit('telephony.command', command),
    log: deps.log,
    ...(deps.twilio ? { control: deps.twilio } : {}),
  });
  const sip = createSipLine({
    clock: deps.clock,
    settings: () => deps.settings.get(),
    secret: (name) => deps.settings.getSecret(name),
    send: (command) => deps.events.emit('sip.command', command),
    log: deps.log,
    ...(deps.sip ? { control: deps.sip } : {}),
  });
  if (deps.override) return { provider: deps.override, twilio, sip };
  const simulated = createSimulatedLine(deps.clock, deps.simulation);
  const provider = new ProviderRouter(
    { simulated, twilio: twilio.provider, sip: sip.provider },
    () => deps.settings.get().telephonyProvider,
    simulated,
  );
  return { provider, twilio, sip };
}
