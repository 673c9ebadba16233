import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startSipRig, type SipRig } from '../../scripts/sip-rig/start-rig';
import { importLeads } from '../support/import-leads';
import { makeTempDir } from '../support/temp-dir';
import { DEMO_WORKDAY, type BrowserModeApp } from './browser-mode';
import { rigLead, startBrowserOnRig } from './sip-rig-app';
import { chromiumWithFakeMicrophone } from './fake-microphone';
import { openApp, openScreen } from './screens';

/**
 * The SIP phone signs in to the rig's Kamailio (REGISTER, 401, the digest) before it calls: with
 * the rig's password it is signed in and calls; with a wrong one the rep reads why.
 */
test.use(chromiumWithFakeMicrophone());

let rig: SipRig;
let app: BrowserModeApp | undefined;
let data: { dir: string; remove: () => void };

test.beforeEach(async () => {
  rig = await startSipRig();
  data = makeTempDir('dialdeck-e2e-sip-register-');
});
test.afterEach(async () => {
  await app?.stop();
  await rig?.stop();
  data.remove();
});

async function startSignedInApp(password: string): Promise<BrowserModeApp> {
  const dataDir = data.dir;
  const passwordFile = path.join(dataDir, 'sip-password');
  fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  await importLeads(dataDir, [
    rigLead({ firstName: 'Avery', phone: rig.numbers.answer, created: DEMO_WORKDAY }),
  ]);
  return startBrowserOnRig(rig, dataDir, ['--sip-password-file', passwordFile]);
}

test("with the rig's password the SIP phone signs in, and a call goes through", async ({
  page,
}) => {
  app = await startSignedInApp(rig.password);
  await openApp(page, app.url);
  await openScreen(page, 'settings');
  await expect(page.getByTestId('sip-host-status')).toHaveText(
    `The SIP phone is signed in as sip:${rig.user}@${rig.domain}.`,
  );
  await openScreen(page, 'dial');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('call-state')).toHaveText('connected');
  const incoming = await rig.farEnds.answer.waitForEvent(
    (event) => event.type === 'CALL_INCOMING',
    10_000,
  );
  expect(incoming.peerUri).toContain(`@${rig.domain}`);
});

test('with a wrong password the rep reads that the server refused it', async ({ page }) => {
  app = await startSignedInApp('not-the-rig-password');
  await openApp(page, app.url);
  await openScreen(page, 'settings');
  await expect(page.getByTestId('sip-host-status')).toContainText(
    'The SIP server refused the user name or password (401',
  );
  await expect(page.getByTestId('sip-host-status')).toContainText('Settings › Telephony › SIP');
});
