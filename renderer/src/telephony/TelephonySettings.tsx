/**
 * The telephony section of the settings screen: which provider places calls and its set-up.
 * The Twilio issue replaces this with provider selection, credentials, caller ID and devices.
 */
export function TelephonySettings() {
  return (
    <section aria-labelledby="telephony-settings-title" className="settings-section">
      <h2 id="telephony-settings-title">Telephony</h2>
      <p className="muted">Calls go through the simulated line (demo and training).</p>
    </section>
  );
}
