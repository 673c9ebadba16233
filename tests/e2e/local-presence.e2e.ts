import { expect, test, type Page } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp, openScreen } from './screens';

const app = browserModeForEachTest({ args: scriptedLine('no-answer') });

const pool = (page: Page) => page.getByRole('form', { name: 'Local presence' });

test('the caller ID pool is edited in Settings, kept, and shown on the call it is presented on', async ({
  page,
}) => {
  await openApp(page, app().url);
  await openScreen(page, 'settings');
  const form = pool(page);
  await expect(form.getByTestId('caller-id-pool-empty')).toBeVisible();

  await form.getByTestId('caller-id-add').click();
  await form.getByTestId('caller-id-number-0').fill('+1 (303) 555-0100');
  await form.getByTestId('caller-id-label-0').fill('Denver office');
  await form.getByTestId('caller-id-default-0').check();
  await form.getByTestId('caller-id-add').click();
  await form.getByTestId('caller-id-number-1').fill('212 555 0100');
  await form.getByTestId('local-presence-save').click();
  await expect(
    form.getByTestId('caller-id-row-1').locator('xpath=following-sibling::tr[1]'),
  ).toHaveText(
    '“2125550100” is not in international form: a + and the country code, like +13035550100.',
  );
  await form.getByTestId('caller-id-number-1').fill('+1 212 555 0100');
  await form.getByTestId('local-presence-save').click();
  await expect(form.getByRole('status')).toHaveText('Saved. The caller ID pool applies at once.');

  // Kept: a new window reads it back from the core.
  await openApp(page, app().url);
  await openScreen(page, 'settings');
  await expect(pool(page).getByTestId('caller-id-number-0')).toHaveValue('+13035550100');
  await expect(pool(page).getByTestId('caller-id-label-0')).toHaveValue('Denver office');
  await expect(pool(page).getByTestId('caller-id-number-1')).toHaveValue('+12125550100');
  await expect(pool(page).getByTestId('caller-id-default-0')).toBeChecked();
  await expect(pool(page).getByTestId('caller-id-country-US')).toBeVisible();

  await openScreen(page, 'dial');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('call-state')).toHaveText('ringing');
  // The first lead is the demo's Denver lead: it sees the pool's 303 number.
  await expect(page.getByTestId('lead-name')).toHaveText('Grace Kim');
  await expect(page.getByTestId('lead-phone')).toHaveText('(303) 555-0176');
  await expect(page.getByTestId('lead-caller-id')).toHaveText('They see (303) 555-0100');
  await expect(page.getByTestId('call-state')).toHaveText('wrap-up');
  const logged = page.getByTestId('call-log-row').filter({ hasText: 'Grace Kim' });
  await expect(logged.getByTestId('presented-caller-id')).toHaveText('shown as +1 303 555 0100');
  await page.keyboard.press('p');

  // The lead's page lists the number each attempt presented.
  await page.keyboard.press('/');
  await page.keyboard.type('Grace Kim');
  await expect(page.getByTestId('lead-search-count')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('lead-result').first()).toContainText('Grace Kim');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lead-attempt-caller-id')).toHaveText('+1 303 555 0100');
});
