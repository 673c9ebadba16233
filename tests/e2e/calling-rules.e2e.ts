import path from 'node:path';
import { expect, test } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp, openScreen } from './screens';

const LEADS = path.join(import.meta.dirname, 'fixtures', 'florida-and-new-york.csv');

/** Tuesday 24 November 2026, 20:30 in Miami and New York (01:30 UTC on the 25th). */
const EVENING = '2026-11-25T01:30:00Z';

/**
 * At 20:30 on the East Coast the federal window (until 21:00) is open in New York, Florida's
 * (until 20:00) is shut: the rep dials the New York lead, and the queue says when Florida opens.
 */
const app = browserModeForEachTest({
  args: ['--no-demo', ...scriptedLine('no-answer', '7', EVENING)],
});

test('at 20:30 Miami time the New York lead is dialed and the Florida one waits for 8 AM', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, app().url);
  await openScreen(page, 'campaigns');
  await page.getByTestId('new-campaign-name').fill('Evening');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('campaign-editor')).toBeVisible();
  await openScreen(page, 'leads');
  await page.getByTestId('leads-import-tab').click();
  await page.getByTestId('import-file').setInputFiles(LEADS);
  await page.getByTestId('import-upload').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('report-imported')).toHaveText('2');

  await openScreen(page, 'dial');
  const card = page.getByTestId('lead-card');
  await expect(card.getByTestId('lead-name')).toHaveText('Sam Becker');
  const holds = page.getByTestId('queue-rule-holds');
  await expect(holds).toHaveText(
    'Florida: 8 AM–8 PM, 3 calls a day; next at 8:00 AM tomorrow their time',
  );

  await page.keyboard.press('Space');
  await expect(page.getByTestId('kpi-dials')).toHaveText('1');
  // The scripted line does not answer; the session records it and finds nobody to dial now.
  await expect(page.getByTestId('call-state')).not.toHaveText(/dialing|ringing/);
  await expect(holds).toHaveText(
    'Florida: 8 AM–8 PM, 3 calls a day; next at 8:00 AM tomorrow their time',
  );
  await expect(page.getByText(/Florida's calling rule holds them until then/)).toBeVisible();
  // Nowhere on the dial screen is the Florida lead offered.
  await expect(page.getByText('Rosa Delgado')).toHaveCount(0);
});
