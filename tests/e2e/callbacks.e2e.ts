import { expect, test, type Page } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp, openScreen } from './screens';

/**
 * A callback promised on the dialer shows on the callbacks screen on the lead's clock and the
 * rep's, is moved with a key, and its reminder comes up on whatever screen is open.
 */
const app = browserModeForEachTest({
  args: scriptedLine('answer'),
});

test('a callback is rescheduled from the keyboard, and its reminder opens it', async ({ page }) => {
  const name = await callbackOnItsScreen(page);
  const row = page.getByRole('listitem').filter({ hasText: name });
  await expect(page.getByRole('region', { name: /Coming days/ })).toContainText(name);
  await expect(row.getByTestId('callback-due-at')).toContainText('Wed 25 Nov, 9:00 AM their time');

  await row.focus();
  await page.keyboard.press('r');
  await expect(row.getByRole('group', { name: 'New callback time' })).toBeVisible();
  await page.keyboard.press('h');
  await expect(row.getByTestId('callback-due-at')).toContainText(/due in (1 h|59 min)/);
  await expect(row.getByRole('group', { name: 'New callback time' })).toBeHidden();

  // Moved to a few minutes from now, inside the reminder's lead time: the banner comes up.
  await rescheduleMinutesAhead(page, name, 3);

  await openScreen(page, 'dnc');
  const banner = page.getByTestId('callback-due-banner').filter({ hasText: name });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('nav-callbacks')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('listitem').filter({ hasText: name })).toBeFocused();
});

test('"Dial now" on a reminder dials that callback, ahead of the fresh leads and its time', async ({
  page,
}) => {
  const name = await callbackOnItsScreen(page);
  await rescheduleMinutesAhead(page, name, 3);

  const banner = page.getByTestId('callback-due-banner').filter({ hasText: name });
  await banner.getByRole('button', { name: 'Dial now' }).click();
  await expectDialing(page, name);
  await expect(page.getByText(/picked by the rep: due callback/)).toBeVisible();
  await expect(banner).toBeHidden();
});

test('D on the callbacks list dials that callback at once, a day ahead of its time', async ({
  page,
}) => {
  const name = await callbackOnItsScreen(page);
  const row = page.getByRole('listitem').filter({ hasText: name });
  await row.focus();
  await page.keyboard.press('d');

  await expectDialing(page, name);
  await openScreen(page, 'callbacks');
  // During the call the list waits: no second dial from it.
  await expect(row.getByRole('button', { name: /Dial now/ })).toBeDisabled();
});

test('a callback is cancelled with X, only once a reason is given', async ({ page }) => {
  const name = await callbackOnItsScreen(page);
  const row = page.getByRole('listitem').filter({ hasText: name });
  await row.focus();
  await page.keyboard.press('x');

  const dialog = page.getByRole('dialog', { name: `Cancel the callback to ${name}?` });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter'); // no reason yet: nothing happens
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Booked a meeting by email');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
});

/** Opens the app, promises a callback tomorrow on the first call, and opens the callbacks screen. */
async function callbackOnItsScreen(page: Page): Promise<string> {
  await openApp(page, app().url);
  const name = await promiseCallbackTomorrow(page);
  await openScreen(page, 'callbacks');
  return name;
}

/** The dialer is open and calling `name`. */
async function expectDialing(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('nav-dial')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('lead-name')).toHaveText(name);
  await expect(page.getByTestId('call-state')).toHaveText(/dialing|ringing|connected/);
}

/** Moves `name`'s callback to `minutes` from now on the callbacks screen, inside the reminder's lead time. */
async function rescheduleMinutesAhead(page: Page, name: string, minutes: number): Promise<void> {
  const row = page.getByRole('listitem').filter({ hasText: name });
  await row.getByRole('button', { name: /Reschedule/ }).click();
  const picker = row.getByTestId('reschedule-time');
  const now = await picker.getAttribute('min');
  await picker.fill(minutesLater(now!, minutes));
  await row.getByRole('button', { name: 'Set' }).click();
  await expect(row.getByTestId('callback-due-at')).toContainText(/due in [2-3] min/);
}

/** Answers the first call, promises a callback tomorrow 9:00 (lead's clock), pauses after it. */
async function promiseCallbackTomorrow(page: Page): Promise<string> {
  await page.keyboard.press('Space');
  await expect(page.getByTestId('call-state')).toHaveText('connected');
  const name = (await page.getByTestId('lead-name').textContent()) ?? '';
  await page.keyboard.press('p');
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.keyboard.press('t');
  await expect(page.getByText(/Calling back .*9:00 AM/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-state')).toHaveText('paused');
  return name;
}

/** A datetime-local value `minutes` later ("2026-11-24T12:03"), as wall-clock arithmetic. */
function minutesLater(value: string, minutes: number): string {
  const at = new Date(`${value}:00Z`).getTime() + minutes * 60_000;
  return new Date(at).toISOString().slice(0, 16);
}
