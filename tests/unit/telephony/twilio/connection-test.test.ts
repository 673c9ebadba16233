import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../../electron/core/platform/system-clock';
import { testTwilioConnection } from '../../../../electron/core/telephony/twilio/connection-test';
import { defaultFetch } from '../../../../electron/core/telephony/twilio/http-fetch';
import { TwilioTokenService } from '../../../../electron/core/telephony/twilio/token-service';
import type { SettingsPatch } from '../../../../shared/domain/settings';
import type { ConnectionCheckId } from '../../../../shared/domain/twilio';
import { startFakeTwilioApi, type FakeTwilioAccount, type FakeTwilioApi } from './fake-twilio-api';
import { memorySettings, TEST_SECRET, TWILIO_SETTINGS } from './twilio-harness';

const APP = TWILIO_SETTINGS.twilioAppSid ?? '';
const ACCOUNT: FakeTwilioAccount = {
  accountSid: TWILIO_SETTINGS.twilioAccountSid ?? '',
  apiKeySid: TWILIO_SETTINGS.twilioApiKeySid ?? '',
  apiKeySecret: TEST_SECRET,
  apps: { [APP]: 'https://handler.twilio.com/twiml/EH1' },
  ownedNumbers: ['+14155550100'],
  verifiedCallerIds: ['+14155550177'],
  tokenKey: null,
};

let api: FakeTwilioApi;
afterEach(() => api.close());

async function run(
  options: {
    patch?: SettingsPatch | ((apiUrl: string) => SettingsPatch);
    secret?: string;
    account?: Partial<FakeTwilioAccount>;
    host?: boolean;
  } = {},
) {
  api = await startFakeTwilioApi({ ...ACCOUNT, ...options.account });
  const patch = typeof options.patch === 'function' ? options.patch(api.url) : options.patch;
  const settings = memorySettings({ ...TWILIO_SETTINGS, ...patch });
  if (options.secret) settings.setSecret('twilioApiKeySecret', options.secret);
  const deps = {
    settings: () => settings.get(),
    secret: (name: Parameters<typeof settings.getSecret>[0]) => settings.getSecret(name),
    clock: systemClock,
    fetch: defaultFetch,
  };
  const report = await testTwilioConnection({
    ...deps,
    tokens: new TwilioTokenService(deps),
    apiBaseUrl: api.url,
    hostAttached: () => options.host ?? true,
  });
  const byId = new Map(report.checks.map((check) => [check.id, check]));
  return { report, check: (id: ConnectionCheckId) => byId.get(id) };
}

describe('Test connection, as the main process checks it', () => {
  it('passes a complete set-up: key accepted, app with a Voice URL, a Twilio number, a window', async () => {
    const { report } = await run();
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['provider', 'ok'],
      ['settings', 'ok'],
      ['token', 'ok'],
      ['credentials', 'ok'],
      ['twiml-app', 'ok'],
      ['caller-id', 'ok'],
      ['window', 'ok'],
    ]);
    expect(report.checks.find((c) => c.id === 'twiml-app')?.message).toBe(
      'The TwiML App "Dialdeck outbound" runs https://handler.twilio.com/twiml/EH1.',
    );
  });

  it('asks Twilio about each number of the local presence pool', async () => {
    const pool = (...numbers: string[]): SettingsPatch => ({
      localPresence: {
        numbers: numbers.map((number) => ({ number, label: null })),
        countries: ['US'],
        defaultNumber: null,
      },
    });
    const mine = await run({ patch: pool('+14155550100', '+14155550177') });
    expect(mine.report.ok).toBe(true);
    expect(mine.check('caller-id-pool')).toEqual({
      id: 'caller-id-pool',
      status: 'ok',
      message: 'All 2 numbers of the local presence pool are yours to present.',
    });
    await api.close();
    const foreign = await run({ patch: pool('+14155550100', '+13035550100', '+12125550100') });
    expect(foreign.report.ok).toBe(false);
    expect(foreign.check('caller-id-pool')).toEqual({
      id: 'caller-id-pool',
      status: 'problem',
      message:
        '+13035550100 and +12125550100 are neither a Twilio number of this account nor a ' +
        'verified caller ID, so Twilio would refuse the calls presenting them: buy or verify ' +
        'them in the Twilio Console, or remove them from the local presence pool.',
    });
    await api.close();
    const refusedKey = await run({ patch: pool('+14155550100'), secret: 'not-the-secret' });
    expect(refusedKey.check('caller-id-pool')?.status).toBe('skipped');
  });

  it('says the credentials are wrong when Twilio refuses the secret', async () => {
    const { report, check } = await run({ secret: 'not-the-secret' });
    expect(report.ok).toBe(false);
    expect(check('credentials')).toMatchObject({
      status: 'problem',
      message: expect.stringMatching(/^Twilio refused the API key: .*secret is wrong/) as unknown,
    });
    expect(check('twiml-app')?.status).toBe('skipped');
    expect(check('caller-id')?.status).toBe('skipped');
  });

  it('says there is no such TwiML App, or that it has no Voice URL', async () => {
    const missing = await run({ account: { apps: {} } });
    expect(missing.check('twiml-app')).toMatchObject({
      status: 'problem',
      message: expect.stringMatching(`There is no TwiML App ${APP} in this account`) as unknown,
    });
    await api.close();
    const empty = await run({ account: { apps: { [APP]: '' } } });
    expect(empty.check('twiml-app')?.message).toMatch(/has no Voice Request URL/);
  });

  it('accepts a verified caller ID and refuses a number Twilio would not present', async () => {
    const verified = await run({ patch: { twilioCallerId: '+14155550177' } });
    expect(verified.check('caller-id')).toMatchObject({
      status: 'ok',
      message: '+14155550177 is a verified caller ID.',
    });
    await api.close();
    const foreign = await run({ patch: { twilioCallerId: '+14155550999' } });
    expect(foreign.check('caller-id')).toMatchObject({
      status: 'problem',
      message: expect.stringMatching(
        /neither a Twilio number of this account nor a verified caller ID/,
      ) as unknown,
    });
  });

  it('stops at what is missing and says it in one sentence', async () => {
    const { report } = await run({ patch: { twilioAppSid: null, twilioAccountSid: null } });
    expect(report.checks.map((c) => c.id)).toEqual(['provider', 'settings']);
    expect(report.checks[1]?.message).toBe(
      'Twilio is not set up yet: enter the Account SID and the TwiML App SID in Settings › Telephony.',
    );
  });

  it('says when calls still go through the simulated line, and when no window carries the phone', async () => {
    const { check } = await run({ patch: { telephonyProvider: 'simulated' }, host: false });
    expect(check('provider')?.status).toBe('skipped');
    expect(check('window')).toMatchObject({ status: 'problem' });
  });

  it('checks the token of a token server: its TwiML App, and leaves the credentials to Twilio', async () => {
    const { report, check } = await run({
      patch: (apiUrl) => ({ twilioTokenMode: 'url', twilioTokenUrl: `${apiUrl}/token` }),
    });
    expect(check('token')?.message).toMatch(
      /^The token server gave an access token for "ana_lopez"/,
    );
    expect(check('credentials')?.status).toBe('skipped');
    expect(check('twiml-app')).toMatchObject({
      status: 'ok',
      message: `The token names the TwiML App ${APP}.`,
    });
    expect(report.ok).toBe(true);
  });
});
