import type { Clock } from '../../../../shared/clock';
import type { PublicSettings, SecretName } from '../../../../shared/domain/settings';
import type { Logger } from '../../platform/log/logger';
import type { ConnectionReport, TelephonyCommand } from '../../../../shared/domain/twilio';
import { testTwilioConnection } from './connection-test';
import { defaultFetch, type FetchLike } from './http-fetch';
import { TwilioTokenService } from './token-service';
import { TwilioProvider } from './twilio-provider';
import { TWILIO_API_BASE } from './twilio-rest';
import type { TwilioTimings } from './twilio-timings';

/** How a test or demo steers the Twilio line; production leaves all of it out. */
export interface TwilioLineControl {
  /** Windows load the scripted stand-in for the Voice SDK (browser mode's --twilio-fake-device). */
  fakeDevice?: boolean;
  /** Where "Test connection" asks Twilio's REST API (default https://api.twilio.com). */
  apiBaseUrl?: string;
  fetch?: FetchLike;
  timings?: Partial<TwilioTimings>;
}

export interface TwilioLineDeps {
  clock: Clock;
  settings: () => PublicSettings;
  secret: (name: SecretName) => string | null;
  send: (command: TelephonyCommand) => void;
  log?: Logger;
  control?: TwilioLineControl;
}

/** The Twilio provider with what serves it: access tokens and the connection test. */
export interface TwilioLine {
  provider: TwilioProvider;
  tokens: TwilioTokenService;
  testConnection(): Promise<ConnectionReport>;
}

export function createTwilioLine(deps: TwilioLineDeps): TwilioLine {
  const control = deps.control ?? {};
  const fetch = control.fetch ?? defaultFetch;
  const provider = new TwilioProvider({
    clock: deps.clock,
    send: deps.send,
    defaultCallerId: () => deps.settings().twilioCallerId,
    ...(control.timings ? { timings: control.timings } : {}),
    fakeDevice: control.fakeDevice ?? false,
    ...(deps.log ? { log: deps.log } : {}),
  });
  const tokens = new TwilioTokenService({
    settings: deps.settings,
    secret: deps.secret,
    clock: deps.clock,
    fetch,
  });
  return {
    provider,
    tokens,
    testConnection: () =>
      testTwilioConnection({
        settings: deps.settings,
        secret: deps.secret,
        tokens,
        clock: deps.clock,
        fetch,
        apiBaseUrl: control.apiBaseUrl ?? TWILIO_API_BASE,
        hostAttached: () => provider.hasHost(),
      }),
  };
}
