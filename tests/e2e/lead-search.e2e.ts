import { expect, test, type Page } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp } from './screens';

/**
 * Any lead found from the keyboard (`/`, type, Enter), its page after a call, its phone fixed,
 * and dialed from there; a number on the do-not-call list is refused with the reason.
 */
const app = browserModeForEachTest({ args: scriptedLine('answer') });

async function findAndOpen(page: Page, typed: string, expected: string): Promise<void> {
  await page.keyboard.press('/');
  const search = page.getByTestId('lead-search-input');
  await expect(search).toBeFocused();
  await page.keyboard.type(typed);
  await expect(page.getByTestId('lead-search-count')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('lead-result').first()).toContainText(expected);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lead-page')).toBeVisible();
}

test('find a lead by its last four digits, see its call, fix its phone and dial it now', async ({
  page,
}) => {
  await openApp(page, app().url);
  // The first call: Grace Kim answers and asks to be called back tomorrow; the rep pauses.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('call-state')).toHaveText('connected');
  await expect(page.getByTestId('lead-name')).toHaveText('Grace Kim');
  await expect(page.getByTestId('lead-source')).toHaveText('Webinar');
  await page.keyboard.press('p');
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.keyboard.press('t');
  await expect(page.getByText(/Calling back .*9:00 AM/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-state')).toHaveText('paused');

  await findAndOpen(page, '0176', 'Grace Kim');
  await expect(page.getByTestId('lead-page-phone')).toHaveText('(303) 555-0176');
  await expect(page.getByTestId('lead-attempt')).toHaveCount(1);
  await expect(page.getByTestId('lead-attempt')).toContainText('Callback');
  await expect(page.getByTestId('lead-queue-standing')).toHaveText(/^Callback due .*\.$/);

  await page.getByTestId('lead-edit').focus();
  await page.keyboard.press('Enter');
  const phone = page.getByTestId('lead-edit-phone');
  await phone.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('303.555.0199');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lead-page-phone')).toHaveText('(303) 555-0199');
  await expect(page.getByTestId('lead-changes')).toContainText(
    'phoneE164: +13035550176 → +13035550199',
  );
  await page.getByTestId('lead-edit').click();
  await page.getByTestId('lead-edit-source').fill('Trade show');
  await page.getByTestId('lead-edit-save').click();
  await expect(page.getByTestId('lead-changes')).toContainText('source: Webinar → Trade show');
  await expect(page.getByTestId('lead-fields')).toContainText('Trade show');

  await page.getByTestId('lead-page').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('d');
  await expect(page.getByTestId('nav-dial')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('lead-name')).toHaveText('Grace Kim');
  await expect(page.getByTestId('lead-phone')).toHaveText('(303) 555-0199');
  await expect(page.getByTestId('call-state')).toHaveText(/dialing|ringing|connected/);
});

test('a lead whose number is on the do-not-call list refuses "dial now" with the reason', async ({
  page,
}) => {
  await openApp(page, app().url);
  await findAndOpen(page, 'whitfield', 'James Whitfield');
  await page.getByTestId('lead-add-dnc').click();
  await page.getByTestId('lead-dnc-reason').fill('asked never to be called');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lead-dnc-state')).toContainText('On the do-not-call list since');
  await expect(page.getByTestId('lead-queue-standing')).toHaveText(
    /^On the do-not-call list since .* \(asked never to be called\)\.$/,
  );

  await page.getByTestId('lead-page').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('d');
  await expect(page.getByTestId('lead-dial-refusal')).toContainText('do-not-call list');
  await expect(page.getByTestId('nav-leads')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('call-state')).not.toHaveText(/dialing|ringing|connected/);
});

test('search syntax is plain text, text without a letter or digit says why, a bad phone changes nothing', async ({
  page,
}) => {
  await openApp(page, app().url);
  await findAndOpen(page, '"grace* kim-', 'Grace Kim');
  await page.getByTestId('lead-back').click();
  const search = page.getByTestId('lead-search-input');
  await search.fill('"*\'-()');
  await expect(page.getByRole('alert')).toHaveText(
    'Search by letters or digits: a name, company, email, phone number or id.',
  );
  await search.fill('x'.repeat(10_000));
  await expect(search).toHaveValue('x'.repeat(200));
  await expect(page.getByTestId('lead-search-count')).toHaveText('0 leads');

  await search.fill('grace');
  await expect(page.getByTestId('lead-result').first()).toContainText('Grace Kim');
  await search.press('Enter');
  await page.getByTestId('lead-edit').click();
  await page.getByTestId('lead-edit-phone').fill('555-01');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    /^The phone "555-01" is not a number that can be dialed: .*Nothing was changed\.$/,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lead-page-phone')).toHaveText('(303) 555-0176');
  await expect(page.getByText('Nobody has changed this lead by hand.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lead-search-input')).toBeFocused();
});
