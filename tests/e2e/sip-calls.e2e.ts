import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { FarEndRole } from '../../scripts/sip-rig/rig-plan';
import { DTMF_RECEIVED } from '../../scripts/sip-rig/far-end';
import { startSipRig, type SipRig } from '../../scripts/sip-rig/start-rig';
import { analyseTone } from '../support/sip/tone-analysis';
import type { BrowserModeApp } from './browser-mode';
import { chromiumWithFakeMicrophone } from './fake-microphone';
import { makeTempDir } from '../support/temp-dir';
import { remoteAudioPeakHz } from './page-audio';
import { exportAttempts, startAppOnRig, type RigLead } from './sip-app';

/**
 * Real calls on this machine: browser mode's SIP phone (JsSIP and WebRTC in Chromium) calls
 * through the rig's Kamailio to baresip far ends. Chromium's fake microphone plays a 1000 Hz
 * tone; the answering far end plays 440 Hz and records what it hears.
 */
const PAGE_TONE_HZ = 1000;
const CALLER_ID = '+17205550100';
/** Chromium's fake microphone plays this file; made by sox before the browser starts. */
const pageToneFile = path.join(os.tmpdir(), `dialdeck-page-tone-${process.pid}.wav`);
/** A tone is found within a bin or two of either spectrum (~6 Hz in the page, ~12 Hz by sox). */
const TONE_TOLERANCE_HZ = 15;

test.use(
  chromiumWithFakeMicrophone(
    `--use-file-for-fake-audio-capture=${pageToneFile}`,
    // The test's analyser listens without a click of its own.
    '--autoplay-policy=no-user-gesture-required',
  ),
);

/** Three leads in Denver (303), one per far end, all new this morning. */
const LEADS: RigLead[] = [
  { role: 'answer', firstName: 'Avery', created: '2026-11-24T16:50:00Z' },
  { role: 'busy', firstName: 'Blake', created: '2026-11-24T16:45:00Z' },
  { role: 'no-answer', firstName: 'Casey', created: '2026-11-24T16:40:00Z' },
];

let rig: SipRig;
let app: BrowserModeApp;
let data: { dir: string; remove: () => void } | undefined;

test.beforeAll(() => {
  // 20 s at half scale: Chromium loops the file, so any length longer than a call's talk will do.
  const format = ['-r', '48000', '-c', '1', '-b', '16'];
  const tone = ['synth', '20', 'sine', String(PAGE_TONE_HZ), 'vol', '0.5'];
  execFileSync('sox', ['-n', ...format, pageToneFile, ...tone]);
});
test.afterAll(() => fs.rmSync(pageToneFile, { force: true }));

test.beforeEach(async () => {
  rig = await startSipRig();
  data = makeTempDir('dialdeck-e2e-sip-');
  app = await startAppOnRig({ rig, dataDir: data.dir, leads: LEADS, callerId: CALLER_ID });
});
test.afterEach(async () => {
  await app?.stop();
  await rig?.stop();
  data?.remove();
});

/** Which far end the lead on the card reaches, by its number's last four digits. */
async function roleOfLeadOnCard(page: Page): Promise<FarEndRole> {
  const shown = (await page.getByTestId('lead-phone').textContent()) ?? '';
  const digits = shown.replace(/\D/g, '').slice(-4);
  const role = LEADS.find((lead) => rig.numbers[lead.role].endsWith(digits))?.role;
  if (!role) throw new Error(`the card shows ${shown}, which is none of the rig's numbers`);
  return role;
}

async function talkOnAnsweredCall(page: Page): Promise<void> {
  const answer = rig.farEnds.answer;
  const incoming = await answer.waitForEvent((event) => event.type === 'CALL_INCOMING', 10_000);
  expect(incoming.peerUri).toBe(`sip:${CALLER_ID}@${rig.domain}`);

  // The far end's tone reaches the page…
  await expect
    .poll(() => remoteAudioPeakHz(page), { timeout: 15_000 })
    .toBeGreaterThan(answer.plan.toneHz - TONE_TOLERANCE_HZ);
  const heardByPage = await remoteAudioPeakHz(page);
  expect(Math.abs((heardByPage ?? 0) - answer.plan.toneHz)).toBeLessThanOrEqual(TONE_TOLERANCE_HZ);
  // …and the page's microphone reaches the far end, whose recording grows with it.
  await answer.waitForRecordedSeconds(2, 15_000);

  await page.keyboard.press('k');
  await page.keyboard.press('5');
  await page.keyboard.press('Escape');
  const dtmf = await answer.waitForEvent((event) => event.type === DTMF_RECEIVED, 10_000);
  expect(dtmf.param).toBe('5');

  await page.keyboard.press('1');
  await expect(page.getByTestId('outcome-converted')).toHaveAttribute('aria-pressed', 'true');
  // Enter on a connected call with its outcome chosen: hang up, save, dial the next lead.
  await page.keyboard.press('Enter');
  await answer.waitForEvent((event) => event.type === 'CALL_CLOSED', 10_000);

  const heardByFarEnd = (await answer.recordings()).at(-1)!;
  const tone = await analyseTone(heardByFarEnd, 0.5, 1);
  expect(Math.abs(tone.peakHz - PAGE_TONE_HZ)).toBeLessThanOrEqual(TONE_TOLERANCE_HZ);
}

async function expectNumbersAndCalls(page: Page): Promise<void> {
  await expect(page.getByTestId('kpi-dials')).toHaveText('3');
  await expect(page.getByTestId('kpi-contacts')).toHaveText('1');
  await expect(page.getByTestId('kpi-conversions')).toHaveText('1');
  await expect(page.getByTestId('kpi-conversion-rate')).toHaveText('100%');
  await expect(page.getByTestId('kpi-contact-rate')).toHaveText('33%');
  const rows = page.getByTestId('call-log-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'in progress' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Converted' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Busy' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'No answer' })).toHaveCount(1);
}

test('a rep calls three leads over SIP: audio both ways and DTMF on the answered one, busy and no answer recorded by themselves', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto(app.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('rep-badge')).toContainText('sip line');
  const callState = page.getByTestId('call-state');
  const dials = page.getByTestId('kpi-dials');
  await expect(callState).toHaveText('idle');

  const dialed: FarEndRole[] = [];
  await page.keyboard.press('Space');
  for (let call = 1; call <= LEADS.length; call++) {
    await expect(dials).toHaveText(String(call));
    const role = await roleOfLeadOnCard(page);
    dialed.push(role);
    if (role === 'answer') {
      // The far end rings 1.5 s (180 Ringing) before it answers (200 OK).
      await expect(callState).toHaveText('ringing');
      await expect(callState).toHaveText('connected');
      await talkOnAnsweredCall(page);
    } else {
      // Busy (486) and no answer (the session's ring limit) end without the rep.
      const farEnd = rig.farEnds[role];
      await farEnd.waitForEvent((event) => event.type === 'CALL_INCOMING', 10_000);
      await farEnd.waitForEvent((event) => event.type === 'CALL_CLOSED', 60_000);
    }
  }
  expect(dialed.toSorted()).toEqual(['answer', 'busy', 'no-answer']);
  expect(rig.farEnds['no-answer'].events().map((event) => event.type)).not.toContain(
    'CALL_ESTABLISHED',
  );

  await expect(callState).not.toHaveText(/dialing|ringing|connected/);
  await expectNumbersAndCalls(page);
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expectNumbersAndCalls(page);

  await app.stop();
  const attempts = await exportAttempts(app.dataDir);
  const byPhone = new Map(attempts.map((row) => [row.phone_e164, row]));
  expect(attempts).toHaveLength(3);
  expect(attempts.every((row) => row.provider === 'sip')).toBe(true);
  // No caller ID pool: each dial asked for none, and the line presented its own (CALLER_ID).
  expect(attempts.map((row) => row.presented_caller_id)).toEqual(['', '', '']);
  expect(byPhone.get(rig.numbers.answer)?.outcome).toBe('converted');
  expect(byPhone.get(rig.numbers.answer)?.answered_at).not.toBe('');
  expect(byPhone.get(rig.numbers.busy)?.outcome).toBe('busy');
  expect(byPhone.get(rig.numbers['no-answer'])?.outcome).toBe('no-answer');
});
