import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BrowserModeApp } from './browser-mode';
import { startScriptedTeam, stopScriptedTeam } from './team';

/**
 * The floor's numbers for a rep are the rep's own: a supervisor hosting the hub and two reps
 * publishing to it, each in browser mode with its own data folder and its own clock. While each
 * rep works their calls from the keyboard, the floor row shows what the rep's KPI strip shows:
 * the dial as soon as it starts, the talk of the call on the line, every outcome.
 */
const TEAM_TOKEN = 'floor-numbers-e2e-token-0123456789';

interface Call {
  line: 'answer' | 'no-answer' | 'busy';
  /** Answered calls: the outcome's key and code. */
  key?: string;
  outcome?: string;
  /** P then 1 during the call: a break once its outcome is saved (ends the rep's run). */
  pauseAfter?: boolean;
}

interface Rep {
  id: string;
  name: string;
  seed: string;
  calls: Call[];
}

const ANA: Rep = {
  id: 'ana',
  name: 'Ana Ruiz',
  seed: '7',
  calls: [
    { line: 'answer', key: '1', outcome: 'converted' },
    { line: 'no-answer' },
    { line: 'answer', key: '3', outcome: 'interested', pauseAfter: true },
  ],
};

const BEN: Rep = {
  id: 'ben',
  name: 'Ben Okafor',
  seed: '11',
  calls: [{ line: 'busy' }, { line: 'answer', key: '1', outcome: 'converted', pauseAfter: true }],
};

/** The strip's tile and the floor row's column showing the same number. */
const SAME_NUMBER: ReadonlyArray<readonly [string, string]> = [
  ['kpi-dials', 'dials'],
  ['kpi-contacts', 'contacts'],
  ['kpi-conversions', 'conversions'],
  ['kpi-conversion-rate', 'conversion-rate'],
];

let supervisor: BrowserModeApp;
let reps: BrowserModeApp[] = [];

test.beforeEach(async () => {
  ({ supervisor, reps } = await startScriptedTeam(TEAM_TOKEN, [ANA, BEN]));
});

test.afterEach(() => stopScriptedTeam(supervisor, reps));

test("two reps dialing: each floor row equals the rep's own strip, live calls included", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const floor = await context.newPage();
  await floor.goto(supervisor.url);
  await expect(floor.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(floor.getByTestId('floor-status')).toContainText('Team hub running');
  const rowOf = (rep: Rep) => floor.getByTestId('floor-table').getByTestId(`floor-row-${rep.id}`);

  const [anaApp, benApp] = reps as [BrowserModeApp, BrowserModeApp];
  const anaPage = await openRep(context.newPage(), anaApp);
  const benPage = await openRep(context.newPage(), benApp);
  await expectRowEqualsStrip(rowOf(ANA), anaPage, { talk: true });
  await expectRowEqualsStrip(rowOf(BEN), benPage, { talk: true });

  await workCalls(anaPage, ANA, rowOf(ANA));
  await workCalls(benPage, BEN, rowOf(BEN));

  // Both on their break: every number the same, talk time to the second.
  for (const [rep, page] of [
    [ANA, anaPage],
    [BEN, benPage],
  ] as const) {
    await expect(rowOf(rep)).toHaveAttribute('data-state', 'paused');
    await expectRowEqualsStrip(rowOf(rep), page, { talk: true });
  }
  await expect(rowOf(ANA).locator('[data-col="dials"]')).toHaveText('3');
  await expect(rowOf(BEN).locator('[data-col="dials"]')).toHaveText('2');
  await context.close();
});

async function openRep(opening: Promise<Page>, app: BrowserModeApp): Promise<Page> {
  const page = await opening;
  await page.goto(app.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('floor-link')).toHaveAttribute('data-link-state', 'connected');
  return page;
}

/**
 * The row shows what the strip shows now (the floor follows within its push interval). Talk
 * time moves during a call, so it is compared exactly only where asked (nothing is live).
 */
async function expectRowEqualsStrip(
  row: Locator,
  page: Page,
  { talk }: { talk: boolean },
): Promise<void> {
  const pairs = talk ? [...SAME_NUMBER, ['kpi-talk-time', 'talk'] as const] : SAME_NUMBER;
  for (const [tile, column] of pairs) {
    const shown = (await page.getByTestId(tile).textContent()) ?? '';
    await expect(row.locator(`[data-col="${column}"]`), `${tile} = ${column}`).toHaveText(shown);
  }
}

/** "1:05" → 65. */
function seconds(clock: string): number {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * The rep works their calls from the keyboard; at each answered call (the rep's screen waits
 * on them there) the row already counts the dial, and its talk time runs with the rep's.
 */
async function workCalls(page: Page, rep: Rep, row: Locator): Promise<void> {
  const callState = page.getByTestId('call-state');
  const dials = page.getByTestId('kpi-dials');
  const stripTalk = page.getByTestId('kpi-talk-time');
  const rowTalk = row.locator('[data-col="talk"]');
  await page.keyboard.press('Space');
  for (const [index, call] of rep.calls.entries()) {
    await expect(dials).toHaveText(String(index + 1));
    if (call.line !== 'answer') continue; // The session records these by itself.
    await expect(callState).toHaveText('connected');
    await expect(row).toHaveAttribute('data-state', 'connected');
    await expectRowEqualsStrip(row, page, { talk: false });
    // Three seconds into the call both count it (before, the floor showed nothing until the end).
    const before = seconds((await stripTalk.textContent()) ?? '0:00');
    await expect
      .poll(async () => seconds((await stripTalk.textContent()) ?? ''))
      .toBeGreaterThanOrEqual(before + 3);
    await expect
      .poll(async () => seconds((await rowTalk.textContent()) ?? ''))
      .toBeGreaterThanOrEqual(before + 2);
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
}
