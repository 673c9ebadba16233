import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeEach(async () => {
  app = await startBrowserMode();
});
test.afterEach(async () => {
  await app.stop();
});

test('a new data folder opens on the demo queue with the freshest lead first', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('queue-count')).toHaveText('36');
  await expect(page.getByTestId('lead-name')).toHaveText('Maria Gonzalez');
  await expect(page.getByTestId('lead-phone')).toHaveText('(305) 555-0111');
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('queue-count')).toHaveText('36');
});

test('a page without the per-run token cannot drive the app and says why', async ({ page }) => {
  const withoutToken = app.url.replace(/\?token=.*/, '');
  await page.goto(withoutToken);
  await expect(page.getByRole('alert')).toContainText('Cannot reach Dialdeck');
  await expect(page.getByTestId('queue-count')).toHaveCount(0);
});
