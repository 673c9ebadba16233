import { expect, test, type Page } from '@playwright/test';
import { DEMO_WORKDAY, startBrowserMode, type BrowserModeApp } from './browser-mode';
import { chromiumWithFakeMicrophone } from './fake-microphone';
import { startFakeTwilioApi, type FakeTwilioApi } from '../unit/telephony/twilio/fake-twilio-api';
import { fakeVoiceSdkScript } from '../support/fake-voice-sdk-bundle';
import { VOICE_SDK_STAND_IN } from '../../renderer/src/telephony/voice-device';

/**
 * Twilio without a Twilio account: browser mode runs with the scripted Device in the window
 * (--twilio-fake-device; the test puts it on the page, the app ships none) and "Test connection"
 * asks a stand-in for Twilio's REST API (--twilio-api-url). Chromium's fake microphone stands in
 * for a real one.
 */
const ACCOUNT_SID = `AC${'a1'.repeat(16)}`;
const API_KEY_SID = `SK${'b2'.repeat(16)}`;
const SECRET = 'the-real-api-key-secret-0123456789';
const APP_SID = `AP${'c3'.repeat(16)}`;

test.use(chromiumWithFakeMicrophone());

let api: FakeTwilioApi;
let app: BrowserModeApp;
let fakeVoiceSdk: string;
test.beforeAll(async () => {
  fakeVoiceSdk = await fakeVoiceSdkScript();
});
test.beforeEach(async ({ page }) => {
  await page.addInitScript({ content: fakeVoiceSdk });
  api = await startFakeTwilioApi({
    accountSid: ACCOUNT_SID,
    apiKeySid: API_KEY_SID,
    apiKeySecret: SECRET,
    apps: { [APP_SID]: 'https://handler.twilio.com/twiml/EH0123' },
    ownedNumbers: ['+14155550100'],
    verifiedCallerIds: [],
    tokenKey: null,
  });
  app = await startBrowserMode({
    args: [
      '--rep-id',
      'alex.morgan',
      '--dial-mode',
      'preview',
      '--sim-clock-start',
      DEMO_WORKDAY,
      '--twilio-fake-device',
      '--twilio-api-url',
      api.url,
    ],
  });
});
test.afterEach(async () => {
  await app.stop();
  await api.close();
});

async function openSettings(page: Page): Promise<void> {
  await page.goto(app.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByRole('heading', { name: 'Telephony' })).toBeVisible();
}

async function chooseTwilio(page: Page): Promise<void> {
  const twilio = page.getByTestId('telephony-provider-twilio');
  await twilio.click();
  await expect(twilio).toBeChecked();
}

async function testConnection(page: Page): Promise<void> {
  await page.getByTestId('twilio-test-connection').click();
  await expect(page.getByTestId('twilio-test-summary')).toBeVisible();
}

test('Twilio is set up on the settings screen; "Test connection" says what is wrong, then that all works', async ({
  page,
}) => {
  await openSettings(page);
  await expect(page.getByTestId('rep-badge')).toContainText('simulated line');
  await chooseTwilio(page);
  await expect(page.getByTestId('rep-badge')).toContainText('twilio line');
  await expect(page.getByTestId('twilio-host-status')).toHaveText(
    'Twilio is not set up yet: enter the Account SID, the API key SID, the API key secret and the TwiML App SID in Settings › Telephony.',
  );

  await page.getByTestId('twilio-account-sid').fill(ACCOUNT_SID);
  await page.getByTestId('twilio-api-key-sid').fill(API_KEY_SID);
  await page.getByTestId('twilio-app-sid').fill(`AP${'d4'.repeat(16)}`);
  await page.getByTestId('twilio-caller-id').fill('+1 (415) 555-0100');
  await page.getByTestId('twilio-save').click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const secret = page.getByTestId('twilio-api-key-secret');
  await expect(page.getByTestId('twilio-api-key-secret-status')).toHaveText('not set');
  await secret.fill('a-wrong-secret');
  await page.getByTestId('twilio-api-key-secret-save').click();
  await expect(page.getByTestId('twilio-api-key-secret-status')).toHaveText('set');
  await expect(secret).toHaveValue('');

  await testConnection(page);
  await expect(page.getByTestId('twilio-check-credentials')).toContainText(
    'Twilio refused the API key: the Account SID, API key SID or API key secret is wrong',
  );
  await expect(page.getByTestId('twilio-check-microphone')).toContainText('The microphone works');

  await secret.fill(SECRET);
  await page.getByTestId('twilio-api-key-secret-save').click();
  await testConnection(page);
  await expect(page.getByTestId('twilio-check-credentials')).toContainText(
    'Twilio accepted the API key',
  );
  await expect(page.getByTestId('twilio-check-twiml-app')).toContainText(
    `There is no TwiML App AP${'d4'.repeat(16)} in this account`,
  );

  await page.getByTestId('twilio-app-sid').fill(APP_SID);
  await page.getByTestId('twilio-save').click();
  await testConnection(page);
  await expect(page.getByTestId('twilio-test-summary')).toHaveText(
    'Everything Dialdeck can check works.',
  );
  await expect(page.getByTestId('twilio-check-caller-id')).toHaveText(
    /\+14155550100 is a Twilio number of this account\./,
  );
  await expect(page.getByTestId('twilio-check-voice-sdk')).toContainText(
    'The Twilio phone in this window is ready.',
  );
  // The secret never comes back to the window, not even in the page's settings.
  await expect(page.locator('body')).not.toContainText(SECRET);
});

test('a call goes through the Device in the window: rings, is answered, hangs up, and is kept', async ({
  page,
}) => {
  await openSettings(page);
  await chooseTwilio(page);
  await page.getByTestId('twilio-account-sid').fill(ACCOUNT_SID);
  await page.getByTestId('twilio-api-key-sid').fill(API_KEY_SID);
  await page.getByTestId('twilio-app-sid').fill(APP_SID);
  await page.getByTestId('twilio-save').click();
  await page.getByTestId('twilio-api-key-secret').fill(SECRET);
  await page.getByTestId('twilio-api-key-secret-save').click();
  await expect(page.getByTestId('twilio-host-status')).toHaveText(
    'The Twilio phone in this window is ready to call.',
  );

  await page.getByTestId('nav-dial').click();
  const callState = page.getByTestId('call-state');
  await expect(callState).toHaveText('idle');
  await page.keyboard.press('Space');
  await expect(callState).toHaveText('preview');
  const phone = await page.getByTestId('lead-phone').textContent();
  await page.keyboard.press('Space');
  await expect(callState).toHaveText('ringing');
  await expect(callState).toHaveText('connected');

  const dialed = await page.evaluate((standIn) => {
    const sdk = (
      globalThis as unknown as Partial<
        Record<string, { device?: { calls: Array<{ params: Record<string, string> }> } }>
      >
    )[standIn];
    return sdk?.device?.calls.map((call) => call.params.To) ?? [];
  }, VOICE_SDK_STAND_IN);
  expect(dialed).toEqual([`+1${(phone ?? '').replace(/\D/g, '')}`]);

  await page.keyboard.press('Escape');
  await expect(callState).toHaveText('wrap-up');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('kpi-dials')).toHaveText('1');
  await expect(page.getByTestId('kpi-conversions')).toHaveText('1');
});
