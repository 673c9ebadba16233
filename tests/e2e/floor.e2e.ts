import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BrowserModeApp } from './browser-mode';
import { startScriptedTeam, stopScriptedTeam } from './team';

/**
 * One supervisor hosting the team hub and two reps publishing to it, each in browser mode with
 * its own data folder. The reps dial from the keyboard on scripted, seeded, fast simulated lines
 * (the clock starts on a Tuesday at 12:00 in New York, inside every demo lead's calling window);
 * the supervisor's floor view shows both reps' states and numbers as they work.
 */
const TEAM_TOKEN = 'floor-e2e-team-token-0123456789';

interface Call {
  line: 'answer' | 'no-answer' | 'busy';
  /** Answered calls: the outcome's key and code. */
  key?: string;
  outcome?: string;
  /** Escalate this call (E) with a note while it is connected. */
  escalate?: string;
  /** P then 1 during the call: a break once its outcome is saved (ends the rep's run). */
  pauseAfter?: boolean;
}

interface Rep {
  id: string;
  name: string;
  seed: string;
  calls: Call[];
  /** What the floor must show once the rep is done. */
  expected: { dials: string; contacts: string; conversions: string; rate: string };
}

const ANA: Rep = {
  id: 'ana',
  name: 'Ana Ruiz',
  seed: '7',
  calls: [
    {
      line: 'answer',
      key: '1',
      outcome: 'converted',
      escalate: 'Asks for a 20% discount: can you call her back today?',
    },
    { line: 'no-answer' },
    { line: 'answer', key: '1', outcome: 'converted', pauseAfter: true },
  ],
  expected: { dials: '3', contacts: '2', conversions: '2', rate: '100%' },
};

const BEN: Rep = {
  id: 'ben',
  name: 'Ben Okafor',
  seed: '11',
  calls: [
    { line: 'answer', key: '3', outcome: 'interested' },
    { line: 'busy' },
    { line: 'no-answer' },
    { line: 'answer', key: '1', outcome: 'converted', pauseAfter: true },
  ],
  expected: { dials: '4', contacts: '2', conversions: '1', rate: '50%' },
};

let supervisor: BrowserModeApp;
let reps: BrowserModeApp[] = [];

test.beforeEach(async () => {
  ({ supervisor, reps } = await startScriptedTeam(TEAM_TOKEN, [ANA, BEN]));
});

test.afterEach(() => stopScriptedTeam(supervisor, reps));

test('the supervisor sees two reps dialing: states, escalations and numbers on the floor', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const floor = await context.newPage();
  await floor.goto(supervisor.url);
  await expect(floor.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(floor.getByTestId('floor-status')).toContainText('Team hub running');
  const table = floor.getByTestId('floor-table');
  const rowOf = (rep: Rep) => table.getByTestId(`floor-row-${rep.id}`);
  // Both reps' apps connected at start and reported themselves idle.
  for (const rep of [ANA, BEN]) {
    await expect(rowOf(rep)).toHaveAttribute('data-state', 'idle');
    await expect(rowOf(rep)).toContainText(rep.name);
  }
  // A fresh start pages nobody: each rep's backlog of demo leads (some weeks old) has reached the
  // floor, and still no alert.
  for (const rep of [ANA, BEN]) {
    await expect(rowOf(rep).locator('td[data-col="waiting"]')).toHaveText(/^\d+ · /);
  }
  await expect(floor.getByText('Nothing needs you now.')).toBeVisible();
  await expect(floor.getByTestId('floor-alerts')).toHaveCount(0);
  // The team pool beside them: these reps dial their own demo leads, so nothing waits in it.
  const pool = floor.getByRole('region', { name: 'Team pool' });
  await expect(pool.getByTestId('floor-pool-waiting')).toHaveText('0');
  await expect(pool.getByTestId('floor-pool-oldest')).toHaveText('—');
  await expect(pool.getByTestId('floor-pool-assigned')).toHaveText('0');

  const [anaApp, benApp] = reps as [BrowserModeApp, BrowserModeApp];
  const anaPage = await context.newPage();
  await workCalls(anaPage, anaApp, ANA, rowOf(ANA));
  await expectRow(rowOf(ANA), ANA);

  const escalation = floor.getByTestId('floor-escalation-ana');
  await expect(escalation).toContainText(ANA.calls[0]?.escalate ?? '');
  await expect(escalation).toContainText('Ana Ruiz');

  const benPage = await context.newPage();
  await workCalls(benPage, benApp, BEN, rowOf(BEN), async (index) => {
    // The README's picture: Ana on her break, Ben on his last call, the escalation waiting.
    const screenshot = process.env.DIALDECK_FLOOR_SCREENSHOT;
    if (screenshot && index === BEN.calls.length - 1) await floor.screenshot({ path: screenshot });
    // At a laptop's 1366 px the whole reps table shows, a rep's current lead included: no column
    // behind a sideways scroll.
    if (index === BEN.calls.length - 1) {
      await expect(floor.getByTestId('floor-lead-ben')).not.toHaveText('—');
      const region = await floor.getByRole('region', { name: 'Reps on the floor' }).boundingBox();
      const whole = await table.boundingBox();
      expect(whole!.width).toBeLessThanOrEqual(region!.width);
    }
  });
  await expectRow(rowOf(BEN), BEN);
  await expectRow(rowOf(ANA), ANA);

  await expect(floor.getByTestId('floor-team-dials')).toHaveText('7');
  await expect(floor.getByTestId('floor-team-contacts')).toHaveText('4');
  await expect(floor.getByTestId('floor-team-conversions')).toHaveText('3');
  await expect(floor.getByTestId('floor-team-conversion-rate')).toHaveText('75%');

  // The leaderboard ranks by conversions; a header sorts from the keyboard.
  const leaderboard = floor.getByTestId('floor-leaderboard');
  const ranked = leaderboard.locator('tbody tr');
  await expect(ranked).toHaveText([/^1Ana Ruiz2/, /^2Ben Okafor1/]);
  const dialsHeader = leaderboard.getByRole('columnheader', { name: 'Dials' });
  await dialsHeader.getByRole('button').focus();
  await floor.keyboard.press('Enter');
  await expect(dialsHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(ranked.first()).toContainText('Ben Okafor');
  await floor.keyboard.press('Enter');
  await expect(dialsHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(ranked.first()).toContainText('Ana Ruiz');

  // The supervisor acknowledges the escalation: it leaves the list.
  await escalation.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(escalation).toHaveCount(0);
  await context.close();
});

/**
 * The rep works their calls from the keyboard; the floor row follows each state within 2 s of
 * the rep's screen showing it.
 */
async function workCalls(
  page: Page,
  app: BrowserModeApp,
  rep: Rep,
  row: Locator,
  whileConnected: (callIndex: number) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await page.goto(app.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('floor-link')).toHaveAttribute('data-link-state', 'connected');
  const callState = page.getByTestId('call-state');
  const dials = page.getByTestId('kpi-dials');
  await page.keyboard.press('Space');
  for (const [index, call] of rep.calls.entries()) {
    await expect(dials).toHaveText(String(index + 1));
    if (call.line !== 'answer') continue; // The session records these by itself.
    await expect(callState).toHaveText('connected');
    await expect(row).toHaveAttribute('data-state', 'connected', { timeout: 2_000 });
    await whileConnected(index);
    if (call.escalate) {
      await page.keyboard.press('e');
      const note = page.getByTestId('escalation-note');
      await expect(note).toBeFocused();
      await page.keyboard.type(call.escalate);
      await page.keyboard.press('Enter');
      await expect(note).toHaveCount(0);
      await expect(page.getByTestId('floor-link')).toContainText('escalation sent');
    }
    if (call.pauseAfter) {
      await page.keyboard.press('p');
      await expect(page.getByRole('menu', { name: 'Pause after this call for…' })).toBeVisible();
      await page.keyboard.press('1');
    }
    await page.keyboard.press(call.key ?? '');
    await expect(page.getByTestId(`outcome-${call.outcome}`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Enter');
  }
  await expect(callState).toHaveText('paused');
  await expect(row).toHaveAttribute('data-state', 'paused', { timeout: 2_000 });
  await expect(dials).toHaveText(rep.expected.dials);
  await expect(page.getByTestId('kpi-contacts')).toHaveText(rep.expected.contacts);
  await expect(page.getByTestId('kpi-conversions')).toHaveText(rep.expected.conversions);
}

/** The floor row's numbers are the ones the rep's own KPI strip shows. */
async function expectRow(row: Locator, rep: Rep): Promise<void> {
  await expect(row.locator('[data-col="state"]')).toHaveText('paused');
  await expect(row.locator('[data-col="pause-code"]')).toHaveText('break');
  await expect(row.locator('[data-col="time-in-state"]')).toHaveText(/^\d+:\d\d$/);
  await expect(row.locator('[data-col="dials"]')).toHaveText(rep.expected.dials);
  await expect(row.locator('[data-col="contacts"]')).toHaveText(rep.expected.contacts);
  await expect(row.locator('[data-col="conversions"]')).toHaveText(rep.expected.conversions);
  await expect(row.locator('[data-col="conversion-rate"]')).toHaveText(rep.expected.rate);
  await expect(row.locator('[data-col="speed-to-lead"]')).toHaveText(/^\d+ (s|min|h)/);
}

test('a wall screen opens with its own address only: the team token’s old address says how to get one, a revoked one stops', async ({
  page,
  context,
}) => {
  const hubUrl = /Team hub listening at (http:\/\/\S+)/.exec(supervisor.output())?.[1];
  await page.goto(supervisor.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const walls = page.getByTestId('wall-screens');
  await expect(walls.locator('li')).toHaveCount(1);

  const tv = await context.newPage();
  await tv.goto(`${hubUrl}/wall?token=${TEAM_TOKEN}`);
  await expect(tv.locator('body')).toContainText('carries the team token, which no longer opens');
  await expect(tv.locator('body')).toContainText('Floor › Wall screens › New address');

  await page.getByLabel('New wall screen').fill('Sales floor TV');
  await page.getByRole('button', { name: 'New address' }).click();
  await expect(walls.locator('li')).toHaveCount(2);
  const newest = walls.locator('li').nth(1);
  await newest.getByRole('button', { name: 'Show' }).click();
  const url = await newest.getByLabel('Sales floor TV').inputValue();
  expect(url).not.toContain(encodeURIComponent(TEAM_TOKEN));
  await tv.goto(url);
  await expect(tv.getByTestId('floor-table')).toBeVisible();

  await newest.getByRole('button', { name: 'Revoke' }).click();
  await expect(walls.locator('li')).toHaveCount(1);
  await tv.goto(url);
  await expect(tv.locator('body')).toContainText('This wall screen address was revoked on');
});
