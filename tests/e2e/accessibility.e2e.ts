import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_WORKDAY,
  browserModeForEachTest,
  scriptedLine,
  startBrowserMode,
} from './browser-mode';
import { seriousViolations } from './axe';
import { openApp, openScreen } from './screens';

/**
 * axe-core on every screen a rep or supervisor works in: no serious or critical violation. The
 * pages' CSP forbids inline scripts, so the test's context bypasses it to inject axe.
 */
test.use({ bypassCSP: true });

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'messy-crm-export.csv');
const TEAM_TOKEN = 'axe-e2e-team-token-0123456789';

const app = browserModeForEachTest({
  args: ['--rep-name', 'Alex Morgan', '--sim-clock-start', DEMO_WORKDAY],
});

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

test('the dial screen: a level-one heading, a call log the keyboard scrolls, no serious axe violation', async ({
  page,
}) => {
  await openApp(page, app().url);
  await expect(page.getByRole('heading', { level: 1, name: 'Power dial' })).toBeAttached();
  const log = page.getByTestId('call-log');
  await log.focus();
  await expect(log).toBeFocused();
  await expectNoSeriousViolations(page);
});

test.describe('on a call', () => {
  const onCall = browserModeForEachTest({
    args: ['--rep-name', 'Alex Morgan', ...scriptedLine('answer')],
  });

  test('the dial screen with a call connected and the callback panel open has no serious axe violation', async ({
    page,
  }) => {
    await openApp(page, onCall().url);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('call-state')).toHaveText('connected');
    await expectNoSeriousViolations(page);
    await page.keyboard.press('2');
    await expect(page.getByTestId('outcome-callback')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('t');
    await expect(page.getByText(/Calling back .*9:00 AM/)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test('find a lead, and the import wizard at the file step and the mapping review, have no serious axe violation', async ({
  page,
}) => {
  await openApp(page, app().url);
  await openScreen(page, 'leads');
  await expect(page.getByTestId('leads-import-tab')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByTestId('leads-import-tab').click();
  await expectNoSeriousViolations(page);
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.getByTestId('import-upload').click();
  await expect(page.getByTestId('mapping-review')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the first-run setup has no serious axe violation', async ({ page }) => {
  const fresh = await startBrowserMode({
    firstRun: true,
    args: ['--sim-clock-start', DEMO_WORKDAY],
  });
  try {
    await page.goto(fresh.url);
    await expect(page.locator('[data-app-state="setup"]')).toBeVisible();
    await expectNoSeriousViolations(page);
  } finally {
    await fresh.stop();
  }
});

test('settings have no serious axe violation', async ({ page }) => {
  await openApp(page, app().url);
  await openScreen(page, 'settings');
  await expectNoSeriousViolations(page);
});

test('the floor screen and the hub wall screen have no serious axe violation', async ({ page }) => {
  const supervisor = await startBrowserMode({
    args: [
      '--role',
      'supervisor',
      '--rep-name',
      'Sam Lead',
      '--no-demo',
      '--hub-port',
      '0',
      '--hub-token',
      TEAM_TOKEN,
      '--sim-clock-start',
      DEMO_WORKDAY,
    ],
  });
  try {
    await openApp(page, supervisor.url);
    await expect(page.getByTestId('floor-status')).toContainText('Team hub running');
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    await expectNoSeriousViolations(page);

    const wallUrl = /Wall screen: (http:\/\/\S+)/.exec(supervisor.output())?.[1];
    if (!wallUrl) throw new Error(`The supervisor's hub did not start:\n${supervisor.output()}`);
    await page.goto(wallUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    await expectNoSeriousViolations(page);
  } finally {
    await supervisor.stop();
  }
});

test("the supervisor's Reports, the wall's weekly panel and a rep's My week have no serious axe violation", async ({
  page,
}) => {
  const supervisor = await startBrowserMode({
    args: [
      ...['--role', 'supervisor', '--rep-name', 'Sam Lead', '--no-demo', '--hub-port', '0'],
      ...['--hub-token', TEAM_TOKEN, '--sim-clock-start', DEMO_WORKDAY],
    ],
  });
  try {
    await openApp(page, supervisor.url);
    await page.getByTestId('supervisor-nav-reports').click();
    await expect(page.getByTestId('report-trend-card-table')).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByTestId('report-to').fill('2026-01-01');
    await expect(page.getByTestId('report-idle').first()).toBeVisible();
    await expectNoSeriousViolations(page);

    const wallUrl = /Wall screen: (http:\/\/\S+)/.exec(supervisor.output())?.[1];
    if (!wallUrl) throw new Error(`The supervisor's hub did not start:\n${supervisor.output()}`);
    await page.goto(`${wallUrl}&weekly=1`);
    await expect(page.getByTestId('wall-weekly')).toBeVisible();
    await expectNoSeriousViolations(page);
  } finally {
    await supervisor.stop();
  }
  await openApp(page, app().url);
  await openScreen(page, 'myweek');
  await expect(page.getByTestId('my-week-card-table')).toBeVisible();
  await expectNoSeriousViolations(page);
});
