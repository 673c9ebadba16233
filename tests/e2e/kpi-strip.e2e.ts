import { expect, test } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp, openScreen } from './screens';

/**
 * The KPI strip judges a day, not its first minutes: Pace projects over the rep's shift hours
 * (09:00–17:00 by default), and no tile shows a verdict colour on one sample.
 */
// Preview mode: the one dial stays the only one while the strip is read.
const app = browserModeForEachTest({
  args: ['--dial-mode', 'preview', ...scriptedLine('no-answer')],
});

test('one dial three hours into the shift is on pace for 3 dials, with no verdict yet', async ({
  page,
}) => {
  await openApp(page, app().url);
  // The clock reads 12:00 in New York: the rep works there, three hours into the shift.
  await openScreen(page, 'settings');
  const zone = page.getByTestId('settings-time-zone');
  await zone.fill('Eastern');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/New_York');
  await page.getByTestId('settings-save').click();
  await expect(
    page.getByRole('form', { name: 'You and your dialer' }).getByRole('status'),
  ).toHaveText('Saved. Your time zone applies at once.');

  await openScreen(page, 'dial');
  const callState = page.getByTestId('call-state');
  await page.keyboard.press('Space');
  await expect(callState).toHaveText('preview');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('kpi-dials')).toHaveText('1');
  await expect(callState).toHaveText('preview');
  // 1 dial over the 3 h since 09:00, 5 h left: 1 + 5/3 = 2.67. Over the first minutes it read 29.
  const pace = page.getByTestId('kpi-pace');
  await expect(pace).toHaveText('3');
  const tile = page.getByRole('listitem').filter({ has: pace });
  await expect(tile).toHaveClass(/kpi-none/);
  await expect(tile).toHaveAttribute('aria-label', /^on pace for 3 dials today, target 30/);
});
