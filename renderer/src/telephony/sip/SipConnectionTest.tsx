import type { PublicSettings } from '../../../../shared/domain/settings';
import { getBridge } from '../../bridge/get-bridge';
import { ConnectionTestPanel } from '../ConnectionTestPanel';
import { settledSipHostStatus } from './sip-host-status';
import { sipWindowChecks } from './sip-window-checks';

const SIGN_IN_WAIT_MS = 10_000;

/** Checks the SIP chain, from the settings and the server to signing in and the microphone. */
export function SipConnectionTest({ settings }: { settings: PublicSettings }) {
  return (
    <ConnectionTestPanel
      testIdPrefix="sip"
      coreChecks={() => getBridge().sip.testConnection()}
      windowChecks={() => sipWindowChecks(settings, settledSipHostStatus(SIGN_IN_WAIT_MS))}
    />
  );
}
