import { expect, test } from '@playwright/test';
import { browserModeForEachTest } from './browser-mode';
import { openApp, openScreen } from './screens';

const app = browserModeForEachTest();

test('a number is added to do-not-call by hand, found by search, and removed with a reason', async ({
  page,
}) => {
  await openApp(page, app().url);
  await openScreen(page, 'dnc');

  await page.getByTestId('dnc-add-phone').fill('(312) 555-0199');
  await expect(page.getByText('Will be listed as +1 312 555 0199')).toBeVisible();
  await page.getByTestId('dnc-add-reason').fill('Asked not to be called (email of 3 Dec)');
  await page.keyboard.press('Enter');

  const rows = page.getByTestId('dnc-row');
  const listed = page.locator('[data-testid="dnc-row"][data-phone="+13125550199"]');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('(312) 555-0199');
  await expect(listed).toContainText('Asked not to be called (email of 3 Dec)');
  await expect(listed).toContainText('By hand');
  await expect(page.getByTestId('dnc-add-phone')).toHaveValue('');

  await page.getByTestId('dnc-search').fill('0199');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('dnc-range')).toHaveText('1–1 of 1');

  await listed.getByRole('button', { name: /Remove/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Remove (312) 555-0199 from do-not-call?');
  // Not without a reason.
  await expect(dialog.getByRole('button', { name: 'Remove from the list' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.getByTestId('dnc-remove-reason').fill('Entered by mistake');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('Nothing on the list matches “0199”.')).toBeVisible();
});
