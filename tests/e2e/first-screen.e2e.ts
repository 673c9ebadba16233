import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_WORKDAY, browserModeForEachTest, startBrowserMode } from './browser-mode';

// Tuesday 12:00 in New York: every demo lead is inside its calling window.
const app = browserModeForEachTest({ args: ['--sim-clock-start', DEMO_WORKDAY] });

test('a new data folder opens on the demo queue, the lead closest to missing its SLA first', async ({
  page,
}) => {
  await page.goto(app().url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('queue-count')).toHaveText('36');
  // 55 minutes old against a 1-hour SLA: at risk, so ahead of the fresher leads.
  await expect(page.getByTestId('lead-name')).toHaveText('Grace Kim');
  await expect(page.getByTestId('lead-phone')).toHaveText('(303) 555-0176');
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('queue-count')).toHaveText('36');
});

test('a new data folder asks who the rep is first, and the keyboard alone finishes it', async ({
  page,
}) => {
  const fresh = await startBrowserMode({
    firstRun: true,
    args: ['--sim-clock-start', DEMO_WORKDAY],
  });
  try {
    await page.goto(fresh.url);
    await expect(page.locator('[data-app-state="setup"]')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to Dialdeck' }),
    ).toBeVisible();
    // Never the computer's user name: the field waits for the rep's own.
    const name = page.getByTestId('setup-rep-name');
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Your name, as prospects should hear it.')).toBeVisible();
    await page.keyboard.type('Priya Nair');

    const zone = page.getByTestId('setup-time-zone');
    await page.keyboard.press('Tab');
    await expect(zone).toBeFocused();
    await expect(zone).toHaveValue(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const zones = page.getByRole('listbox', { name: 'Your time zone' }).getByRole('option');
    await page.keyboard.type('Eastern');
    await expect(zones.first()).toContainText('America/New York');
    await page.keyboard.press('Enter');
    await expect(zone).toHaveValue('America/New_York');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('PST');
    await expect(zones.first()).toContainText('America/Los Angeles');
    await page.keyboard.press('Escape');
    await expect(zone).toHaveValue('America/New_York');

    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Your country')).toBeFocused();
    await expect(page.getByLabel('Your country')).toHaveValue('US');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Preview/ })).toBeChecked();
    await page.keyboard.press('Enter');

    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(page.getByTestId('rep-badge')).toContainText('Priya Nair');
    await expect(page.getByTestId('queue-count')).toHaveText('36');
    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await page.keyboard.press('Control+6');
    await expect(page.getByTestId('settings-rep-name')).toHaveValue('Priya Nair');
    await expect(page.getByTestId('settings-time-zone')).toHaveValue('America/New_York');
    await expect(page.getByRole('radio', { name: /^Preview/ })).toBeChecked();
  } finally {
    await fresh.stop();
  }
});

test('a page without the per-run token cannot drive the app and says why', async ({ page }) => {
  const withoutToken = app().url.replace(/\?token=.*/, '');
  await page.goto(withoutToken);
  await expect(page.getByRole('alert')).toContainText('Cannot reach Dialdeck');
  await expect(page.getByTestId('queue-count')).toHaveCount(0);
});

test('before calling hours the dialer says when the first window opens, not that the queue is empty', async ({
  page,
}) => {
  const early = await startBrowserMode({ args: ['--sim-clock-start', '2026-11-24T06:00:00Z'] });
  try {
    await page.goto(early.url);
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(page.getByTestId('queue-count')).toHaveText('36');
    await expect(page.getByTestId('queue-empty-reason')).toHaveText(
      /^Nothing to dial right now: 36 leads wait for calling hours\. The first window opens at .+ your time \(8:00 AM in London\), in (1 h 59 min|2 h)\.$/,
    );
    await expect(page.getByText('None may be dialed right now.')).toBeVisible();
  } finally {
    await early.stop();
  }
});

test('a settings file it cannot read is named in a banner, kept, and the app still opens', async ({
  page,
}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-e2e-'));
  fs.writeFileSync(path.join(dataDir, 'settings.json'), '{"repName": "Ana');
  const damaged = await startBrowserMode({ dataDir, args: ['--sim-clock-start', DEMO_WORKDAY] });
  try {
    await page.goto(damaged.url);
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(page.getByTestId('store-warnings')).toContainText(
      'Your settings could not be read',
    );
    const kept = fs
      .readdirSync(dataDir)
      .filter((name) => name.startsWith('settings.json.damaged-'));
    expect(kept).toHaveLength(1);
  } finally {
    await damaged.stop();
  }
});
