import type { PublicSettings } from '../../../shared/domain/settings';
import { getBridge } from '../bridge/get-bridge';
import { ConnectionTestPanel } from './ConnectionTestPanel';
import { useHostStatus } from './host-status';
import { windowChecks } from './window-checks';

/** Checks the whole chain, from the settings to this window's microphone, and says what is wrong. */
export function ConnectionTest({ settings }: { settings: PublicSettings }) {
  const host = useHostStatus();
  return (
    <ConnectionTestPanel
      testIdPrefix="twilio"
      coreChecks={() => getBridge().telephony.testConnection()}
      windowChecks={() => windowChecks(settings, host)}
    />
  );
}
