import { LocalPresenceSettings } from '../local-presence/LocalPresenceSettings';
import { useSettings } from '../settings/use-settings';
import { ErrorText } from '../ui/ErrorText';
import { AudioDevices } from './AudioDevices';
import { ConnectionTest } from './ConnectionTest';
import { HostStatusLine } from './HostStatusLine';
import { ProviderChoice } from './ProviderChoice';
import { SipConnectionTest } from './sip/SipConnectionTest';
import { SipSetupForm } from './sip/SipSetupForm';
import { SipStatusLine } from './sip/SipStatusLine';
import { TwilioSetupForm } from './TwilioSetupForm';
import './telephony.css';

/**
 * The telephony section of the settings screen: the line, its set-up (Twilio or SIP), the caller
 * ID pool, audio, the check.
 */
export function TelephonySettings() {
  const settings = useSettings();
  return (
    <section
      aria-labelledby="telephony-settings-title"
      className="settings-section telephony-settings"
    >
      <h2 id="telephony-settings-title">Telephony</h2>
      {settings.status === 'error' && <ErrorText message={settings.message} />}
      {settings.status === 'ready' && (
        <>
          <ProviderChoice provider={settings.value.telephonyProvider} />
          {settings.value.telephonyProvider === 'sip' ? (
            <>
              <SipStatusLine />
              <SipSetupForm settings={settings.value} />
              <LocalPresenceSettings settings={settings.value} />
              <AudioDevices settings={settings.value} />
              <SipConnectionTest settings={settings.value} />
            </>
          ) : (
            <>
              <HostStatusLine />
              <TwilioSetupForm settings={settings.value} />
              <LocalPresenceSettings settings={settings.value} />
              <AudioDevices settings={settings.value} />
              <ConnectionTest settings={settings.value} />
            </>
          )}
        </>
      )}
    </section>
  );
}
