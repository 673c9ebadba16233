import type { Clock } from '../../../../shared/clock';
import type { PublicSettings, SecretName } from '../../../../shared/domain/settings';
import type { SipAccount, SipCommand } from '../../../../shared/domain/sip';
import type { ConnectionReport } from '../../../../shared/domain/twilio';
import type { Logger } from '../../platform/log/logger';
import { sipAccountFor } from './sip-account';
import { testSipConnection } from './sip-connection-test';
import { SipProvider } from './sip-provider';
import type { SipTimings } from './sip-timings';
import { probeSipWebSocket, type WebSocketProbe } from './websocket-probe';

/** How a test steers the SIP line; production leaves all of it out. */
export interface SipLineControl {
  timings?: Partial<SipTimings>;
  probe?: WebSocketProbe;
}

export interface SipLineDeps {
  clock: Clock;
  settings: () => PublicSettings;
  secret: (name: SecretName) => string | null;
  send: (command: SipCommand) => void;
  log?: Logger;
  control?: SipLineControl;
}

/** The SIP provider with what serves it: the window's account and the connection test. */
export interface SipLine {
  provider: SipProvider;
  account(): SipAccount;
  testConnection(): Promise<ConnectionReport>;
}

export function createSipLine(deps: SipLineDeps): SipLine {
  const control = deps.control ?? {};
  const provider = new SipProvider({
    clock: deps.clock,
    send: deps.send,
    settings: deps.settings,
    ...(control.timings ? { timings: control.timings } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });
  const probe = control.probe ?? probeSipWebSocket();
  return {
    provider,
    account: () => sipAccountFor(deps.settings(), deps.secret),
    testConnection: () =>
      testSipConnection({
        settings: deps.settings,
        probe,
        hostAttached: () => provider.hasHost(),
      }),
  };
}
