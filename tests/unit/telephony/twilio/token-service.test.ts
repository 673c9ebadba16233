import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../../electron/core/platform/system-clock';
import { defaultFetch } from '../../../../electron/core/telephony/twilio/http-fetch';
import { inspectVoiceToken } from '../../../../electron/core/telephony/twilio/token-inspection';
import { TwilioTokenService } from '../../../../electron/core/telephony/twilio/token-service';
import type { SettingsPatch } from '../../../../shared/domain/settings';
import { startFakeTwilioApi, type FakeTwilioApi } from './fake-twilio-api';
import { memorySettings, TEST_SECRET, TWILIO_SETTINGS } from './twilio-harness';

const ACCOUNT = {
  accountSid: TWILIO_SETTINGS.twilioAccountSid ?? '',
  apiKeySid: TWILIO_SETTINGS.twilioApiKeySid ?? '',
  apiKeySecret: TEST_SECRET,
  apps: { [TWILIO_SETTINGS.twilioAppSid ?? '']: 'https://handler.twilio.com/twiml/EH1' },
  ownedNumbers: [],
  verifiedCallerIds: [],
  tokenKey: 'team-key-123',
};

let api: FakeTwilioApi;
beforeEach(async () => (api = await startFakeTwilioApi(ACCOUNT)));
afterEach(() => api.close());

function service(patch: SettingsPatch, tokenKey: string | null = null) {
  const settings = memorySettings({ ...TWILIO_SETTINGS, ...patch });
  if (tokenKey) settings.setSecret('twilioTokenUrlKey', tokenKey);
  return new TwilioTokenService({
    settings: () => settings.get(),
    secret: (name) => settings.getSecret(name),
    clock: systemClock,
    fetch: defaultFetch,
  });
}

describe('access tokens for the Device', () => {
  it('mints one for the rep identity with the TwiML App of the settings', async () => {
    const grant = await service({}).issue();
    const inspection = inspectVoiceToken(grant.token, Date.now());

    expect(grant.identity).toBe('ana_lopez');
    expect(inspection).toMatchObject({
      ok: true,
      identity: 'ana_lopez',
      appSid: TWILIO_SETTINGS.twilioAppSid,
    });
    expect(grant.expiresAt).toBe(inspection.ok ? inspection.expiresAt : 0);
  });

  it('says what is missing before it can mint', async () => {
    await expect(service({ twilioApiKeySid: null, twilioAppSid: null }).issue()).rejects.toThrow(
      'Twilio is not set up yet: enter the API key SID and the TwiML App SID in Settings › Telephony.',
    );
  });

  it('fetches one from the token URL with the rep identity and the bearer key', async () => {
    const grant = await service(
      { twilioTokenMode: 'url', twilioTokenUrl: `${api.url}/token` },
      'team-key-123',
    ).issue();

    expect(grant.identity).toBe('ana_lopez');
    expect(api.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/token',
        authorization: 'Bearer team-key-123',
        body: JSON.stringify({ identity: 'ana_lopez' }),
      }),
    ]);
  });

  it('says the token server refused Dialdeck when the key is wrong', async () => {
    await expect(
      service({ twilioTokenMode: 'url', twilioTokenUrl: `${api.url}/token` }, 'wrong').issue(),
    ).rejects.toThrow(/refused Dialdeck \(HTTP 401\): check the token server key/);
  });

  it('says so when the token server answers without a token, or is not there', async () => {
    const at = (path: string) =>
      service({ twilioTokenMode: 'url', twilioTokenUrl: `${api.url}${path}` });
    await expect(at('/token-without-token').issue()).rejects.toThrow(
      /answered without a token: it must answer JSON like \{"token": "…"\}/,
    );
    await expect(at('/elsewhere').issue()).rejects.toThrow(/answered HTTP 404 instead of a token/);
    await expect(
      service({ twilioTokenMode: 'url', twilioTokenUrl: 'http://127.0.0.1:9/token' }).issue(),
    ).rejects.toThrow(/Could not reach the token server at 127\.0\.0\.1:9/);
  });
});
