import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { DEMO_WORKDAY, browserModeForEachTest } from './browser-mode';

/**
 * A supervisor hosting the team hub imports a small CSV through the wizard into the "Web leads"
 * team campaign: the hub imports it into the team pool and the wizard shows its report, row by
 * row; with no rep connected, the floor's pool shows the new leads waiting.
 */
// axe is injected to check the new screen; the pages' CSP forbids inline scripts.
test.use({ bypassCSP: true });

const CSV = [
  'First Name,Last Name,Phone,Email',
  'Ada,Lovelace,(415) 555-0100,ada@example.com',
  'Alan,Turing,+1 212 555 0199,',
  'Bad,Number,12,',
].join('\n');

const supervisor = browserModeForEachTest({
  args: [
    '--role',
    'supervisor',
    '--rep-id',
    'sam',
    '--rep-name',
    'Sam Lead',
    '--no-demo',
    '--hub-port',
    '0',
    '--hub-token',
    'team-import-e2e-token-0123456789',
    '--sim-clock-start',
    DEMO_WORKDAY,
  ],
});

test('the supervisor imports a CSV into a team campaign and sees the hub’s report', async ({
  page,
}) => {
  const file = path.join(supervisor().dataDir, 'web-leads.csv');
  fs.writeFileSync(file, CSV);
  await page.goto(supervisor().url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();

  await page.getByTestId('supervisor-nav-imports').click();
  await page.getByTestId('import-into-team').check();
  await expect(page.getByTestId('import-campaign')).toHaveValue('web-leads');
  await expect(page.getByTestId('import-campaign').locator('option:checked')).toHaveText(
    'Web leads',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-upload').click();
  await expect(page.getByTestId('mapping-target-2')).toHaveValue('phone');
  await page.getByTestId('import-commit').click();

  const report = page.getByTestId('import-report');
  await expect(report).toContainText('into Web leads');
  await expect(page.getByTestId('report-imported')).toHaveText('2');
  await expect(page.getByTestId('report-skipped')).toHaveText('1');
  const invalid = page.getByTestId('import-issue-row').filter({ hasText: '12' });
  await expect(invalid.locator('td')).toHaveText([
    '4',
    'Phone',
    '12',
    /^invalid phone number/,
    'Skipped',
  ]);
  // The supervisor's app has no dialer: the report offers none.
  await expect(report.getByRole('button', { name: 'Go to the dialer' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // The leads are in the team pool, waiting for a rep.
  await page.getByTestId('supervisor-nav-floor').click();
  await expect(page.getByTestId('floor-pool-waiting')).toHaveText('2');
});
