import { expect, test, type Page } from '@playwright/test';
import { INVITE_RECEIVED } from '../../scripts/sip-rig/sip-trace';
import { startSipRig, type SipRig } from '../../scripts/sip-rig/start-rig';
import { makeTempDir } from '../support/temp-dir';
import type { BrowserModeApp } from './browser-mode';
import { chromiumWithFakeMicrophone } from './fake-microphone';
import { openApp, openScreen } from './screens';
import { exportAttempts, startAppOnRig, type RigLead } from './sip-app';

/**
 * Local presence on a real SIP line: the rep's caller ID pool, entered in Settings, decides the
 * identity the rig's baresip far end sees (From, or P-Asserted-Identity when the SIP settings
 * present it there), and the attempt records it. The rig's leads are all in Denver (303).
 */
const LINE_CALLER_ID = '+12125550100';
const POOL = [
  { number: '+13035550100', label: 'Denver office' },
  { number: '+17205550100', label: 'Colorado main', isDefault: true },
];
const DENVER_NUMBER = '+13035550100';
const CREATED = '2026-11-24T16:50:00Z';

// The SIP phone needs a microphone: Chromium's fake one (its beep) will do here.
test.use(chromiumWithFakeMicrophone());

let rig: SipRig;
let running: BrowserModeApp | undefined;
let data: { dir: string; remove: () => void } | undefined;

test.beforeEach(async () => {
  rig = await startSipRig();
  data = makeTempDir('dialdeck-e2e-sip-presence-');
});
test.afterEach(async () => {
  await running?.stop();
  running = undefined;
  await rig?.stop();
  data?.remove();
});

/** Browser mode on the rig with one lead, the line's own caller ID LINE_CALLER_ID. */
async function startWithLead(lead: RigLead, moreArgs: string[] = []): Promise<BrowserModeApp> {
  const dataDir = data!.dir;
  running = await startAppOnRig({
    rig,
    dataDir,
    leads: [lead],
    callerId: LINE_CALLER_ID,
    moreArgs,
  });
  return running;
}

/** Enters the caller ID pool in Settings › Local presence, as a rep would, and saves it. */
async function enterCallerIdPool(page: Page): Promise<void> {
  await openScreen(page, 'settings');
  const form = page.getByRole('form', { name: 'Local presence' });
  for (const [row, entry] of POOL.entries()) {
    await form.getByTestId('caller-id-add').click();
    await form.getByTestId(`caller-id-number-${row}`).fill(entry.number);
    await form.getByTestId(`caller-id-label-${row}`).fill(entry.label);
    if (entry.isDefault) await form.getByTestId(`caller-id-default-${row}`).check();
  }
  await form.getByTestId('local-presence-save').click();
  await expect(form.getByRole('status')).toHaveText('Saved. The caller ID pool applies at once.');
}

test("a lead in 303 sees the pool's 303 number at the far end, not the default or the line's own", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = await startWithLead({ role: 'answer', firstName: 'Avery', created: CREATED });
  await openApp(page, app.url);
  await expect(page.getByTestId('rep-badge')).toContainText('sip line');
  await enterCallerIdPool(page);

  await openScreen(page, 'dial');
  const callState = page.getByTestId('call-state');
  await page.keyboard.press('Space');
  await expect(callState).toHaveText('connected');
  await expect(page.getByTestId('lead-phone')).toHaveText('(303) 555-0101');
  await expect(page.getByTestId('lead-caller-id')).toHaveText('They see (303) 555-0100');

  // What baresip saw: the INVITE's From user is the pool's Denver number.
  const answer = rig.farEnds.answer;
  const incoming = await answer.waitForEvent((event) => event.type === 'CALL_INCOMING', 10_000);
  expect(incoming.peerUri).toBe(`sip:${DENVER_NUMBER}@${rig.domain}`);
  await answer.waitForEvent((event) => event.type === INVITE_RECEIVED, 10_000);
  expect(answer.invites()).toMatchObject([
    { from: `sip:${DENVER_NUMBER}@${rig.domain}`, pAssertedIdentity: null },
  ]);

  await page.keyboard.press('1');
  await expect(page.getByTestId('outcome-converted')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await answer.waitForEvent((event) => event.type === 'CALL_CLOSED', 10_000);
  const logged = page.getByTestId('call-log-row').filter({ hasText: 'Converted' });
  await expect(logged.getByTestId('presented-caller-id')).toHaveText('shown as +1 303 555 0100');

  await app.stop();
  const attempts = await exportAttempts(app.dataDir);
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({
    phone_e164: rig.numbers.answer,
    provider: 'sip',
    outcome: 'converted',
    presented_caller_id: DENVER_NUMBER,
  });
  // Every call the rig's far ends took showed the same number.
  const froms = Object.values(rig.farEnds).flatMap((end) =>
    end.events().filter((event) => event.type === 'CALL_INCOMING'),
  );
  expect(froms.map((event) => event.peerUri)).toEqual([`sip:${DENVER_NUMBER}@${rig.domain}`]);
});

test("with P-Asserted-Identity chosen, the far end reads the pool's 303 number there and the account in From", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const lead: RigLead = { role: 'busy', firstName: 'Blake', created: CREATED };
  const app = await startWithLead(lead, ['--sip-caller-id-header', 'p-asserted-identity']);
  await openApp(page, app.url);
  await enterCallerIdPool(page);

  await openScreen(page, 'dial');
  await page.keyboard.press('Space');
  const busy = rig.farEnds.busy;
  await busy.waitForEvent((event) => event.type === INVITE_RECEIVED, 10_000);
  expect(busy.invites()).toMatchObject([
    {
      from: `sip:${rig.user}@${rig.domain}`,
      to: `sip:${rig.numbers.busy}@${rig.domain}`,
      pAssertedIdentity: `sip:${DENVER_NUMBER}@${rig.domain}`,
      pPreferredIdentity: null,
    },
  ]);
  await busy.waitForEvent((event) => event.type === 'CALL_CLOSED', 10_000);
  const logged = page.getByTestId('call-log-row').filter({ hasText: 'Busy' });
  await expect(logged.getByTestId('presented-caller-id')).toHaveText('shown as +1 303 555 0100');

  await app.stop();
  const attempts = await exportAttempts(app.dataDir);
  expect(attempts.map((row) => [row.outcome, row.presented_caller_id])).toEqual([
    ['busy', DENVER_NUMBER],
  ]);
});
