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
