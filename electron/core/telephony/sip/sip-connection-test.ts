import type { PublicSettings } from '../../../../shared/domain/settings';
import type { ConnectionCheck, ConnectionReport } from '../../../../shared/domain/twilio';
import { connectionReport, providerCheck, windowCheck } from '../hosted/line-checks';
import { describeMissingSip, missingSipSetup } from './sip-setup';
import type { WebSocketProbe } from './websocket-probe';

const WINDOW_WORDS = {
  attached: 'This window carries the SIP phone.',
  missing:
    'No window carries the SIP phone yet: choose SIP as the provider, then reload the window.',
};

export interface SipConnectionTestDeps {
  settings: () => PublicSettings;
  probe: WebSocketProbe;
  /** Whether a window carries the SIP phone now. */
  hostAttached: () => boolean;
}

/**
 * What the main process can check of the SIP set-up, in order, each in words: the settings are
 * complete and the server's WebSocket opens for SIP. The window adds its own checks (signing in,
 * the microphone), since the SIP phone lives there.
 */
export async function testSipConnection(deps: SipConnectionTestDeps): Promise<ConnectionReport> {
  const settings = deps.settings();
  const checks: ConnectionCheck[] = [sipChoiceCheck(settings)];
  const missing = missingSipSetup(settings);
  if (missing.length > 0) {
    checks.push({ id: 'settings', status: 'problem', message: describeMissingSip(missing) });
    return connectionReport(checks);
  }
  checks.push({ id: 'settings', status: 'ok', message: 'Every SIP setting needed is filled in.' });
  const url = settings.sipWebSocketUrl ?? '';
  const problem = await deps.probe(url);
  checks.push(
    problem === null
      ? { id: 'server', status: 'ok', message: `The SIP server answers at ${url}.` }
      : { id: 'server', status: 'problem', message: problem },
  );
  checks.push(windowCheck(deps.hostAttached(), WINDOW_WORDS));
  return connectionReport(checks);
}

function sipChoiceCheck(settings: PublicSettings): ConnectionCheck {
  return providerCheck(settings, 'sip', {
    chosen: 'Calls go through your SIP server.',
    notChosen: `Calls still go through the ${settings.telephonyProvider} line: choose SIP to use these settings.`,
  });
}
