import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { scriptedLine, startBrowserMode, type BrowserModeApp } from './browser-mode';
import { openApp, openScreen } from './screens';
import { startScriptedTeam, stopScriptedTeam } from './team';

/**
 * Reports after real dials: two team reps work their calls from the keyboard, the supervisor's
 * Reports screen then shows their numbers in the chart and the table, and the CSV export is
 * that table cell for cell. A solo rep with no hub reads the same KPIs on My week.
 */
const TEAM_TOKEN = 'reports-e2e-team-token-0123456789';
const SCREENSHOT = process.env.DIALDECK_REPORT_SCREENSHOT;

interface Call {
  line: 'answer' | 'no-answer' | 'busy';
  /** Answered calls: the outcome's key and code. */
  key?: string;
  outcome?: string;
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
    { line: 'answer', key: '4', outcome: 'not-interested' },
  ],
};

const BEN: Rep = {
  id: 'ben',
  name: 'Ben Okafor',
  seed: '11',
  calls: [{ line: 'busy' }, { line: 'answer', key: '1', outcome: 'converted' }],
};

test.describe('the supervisor', () => {
  let supervisor: BrowserModeApp;
  let reps: BrowserModeApp[] = [];

  test.beforeEach(async () => {
    ({ supervisor, reps } = await startScriptedTeam(
      TEAM_TOKEN,
      [ANA, BEN],
      ['--dial-mode', 'preview'],
    ));
  });

  test.afterEach(() => stopScriptedTeam(supervisor, reps));

  test('opens Reports after two reps dialed: the chart and the table show their numbers, the CSV is the table', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ acceptDownloads: true });
    const floor = await context.newPage();
    await openApp(floor, supervisor.url);
    await expect(floor.getByTestId('floor-status')).toContainText('Team hub running');

    const [anaApp, benApp] = reps as [BrowserModeApp, BrowserModeApp];
    for (const [rep, app] of [
      [ANA, anaApp],
      [BEN, benApp],
    ] as const) {
      const page = await context.newPage();
      await openApp(page, app.url);
      await expect(page.getByTestId('floor-link')).toHaveAttribute('data-link-state', 'connected');
      await workCalls(page, rep);
      // The hub has stored every attempt and outcome once the floor counts them.
      const row = floor.getByTestId(`floor-row-${rep.id}`);
      await expect(row.locator('[data-col="dials"]')).toHaveText(String(rep.calls.length));
      await expect(row.locator('[data-col="conversions"]')).toHaveText('1');
    }

    await floor.getByTestId('supervisor-nav-reports').click();
    await expect(floor.getByRole('heading', { level: 1, name: 'Reports' })).toBeFocused();
    await expect(floor.getByTestId('report-time-zone')).not.toBeEmpty();

    // By rep (the default), over the last eight weeks: Ana 3 dials, 2 contacts, 1 conversion.
    const byRep = floor.getByTestId('report-breakdown-card-table');
    await expect(cell(byRep, 'Ana Ruiz', 'dials')).toHaveText('3');
    await expect(cell(byRep, 'Ana Ruiz', 'contacts')).toHaveText('2');
    await expect(cell(byRep, 'Ana Ruiz', 'conversions')).toHaveText('1');
    await expect(cell(byRep, 'Ana Ruiz', 'conversionRate')).toHaveText('50.0');
    await expect(cell(byRep, 'Ben Okafor', 'dials')).toHaveText('2');
    await expect(cell(byRep, 'Ben Okafor', 'contacts')).toHaveText('1');
    await expect(cell(byRep, 'Ben Okafor', 'conversionRate')).toHaveText('100.0');
    await expect(cell(byRep, 'Total', 'dials')).toHaveText('5');
    await expect(cell(byRep, 'Total', 'conversionRate')).toHaveText('66.7');

    // The bars are the table's dials: one per rep, Ana's half again as tall as Ben's.
    const bars = floor
      .getByTestId('report-breakdown-card-chart')
      .locator('.recharts-bar-rectangle path');
    await expect(bars).toHaveCount(2);
    const [anaBar, benBar] = await Promise.all([bars.nth(0), bars.nth(1)].map(heightOf));
    expect((anaBar ?? 0) / (benBar ?? 1)).toBeCloseTo(3 / 2, 1);
    const barChart = floor.getByTestId('report-breakdown-card-chart');
    await expect(barChart).toContainText('Ana Ruiz');
    await expect(barChart).toContainText('Ben Okafor');
    // The keyboard reads the chart too: focus it, and the arrow keys walk the bars.
    const tooltip = barChart.locator('.recharts-tooltip-wrapper');
    await barChart.locator('svg[tabindex="0"]').focus();
    await expect(tooltip).toHaveText('Ana RuizDials : 3');
    await floor.keyboard.press('ArrowRight');
    await expect(tooltip).toHaveText('Ben OkaforDials : 2');

    // The week's trend: this ISO week holds all five dials, drawn against the target of 30.
    const trend = floor.getByTestId('report-trend-card-table');
    await expect(trend.locator('tbody tr')).toHaveCount(8);
    await expect(cell(trend, '2026-W48', 'dials')).toHaveText('5');
    await expect(cell(trend, '2026-W48', 'dialsPerRepDay')).toHaveText('2.5');
    await expect(cell(trend, '2026-W47', 'dials')).toHaveText('0');
    await expect(floor.getByTestId('report-trend-card-chart')).toContainText('target: 30 or more');

    // Each rep per week: a line each, and a row per week and rep.
    const perRep = floor.getByTestId('report-group-trend-card-table');
    await expect(cell(perRep, '2026-W48 · Ana Ruiz', 'dials')).toHaveText('3');
    await expect(cell(perRep, '2026-W48 · Ben Okafor', 'conversions')).toHaveText('1');
    await expect(cell(perRep, '2026-W47 · Ana Ruiz', 'dials')).toHaveText('0');
    await expect(cell(perRep, 'Total', 'dials')).toHaveText('5');
    const lines = floor.getByTestId('report-group-trend-card-chart').locator('.recharts-line');
    await expect(lines).toHaveCount(2);

    if (SCREENSHOT) await floor.screenshot({ path: SCREENSHOT, fullPage: true });

    const csv = await exportedCsv(floor, 'report-breakdown-card-export');
    expect(csv).toEqual(await shownTable(byRep));
    expect(csv[1]?.slice(0, 6)).toEqual(['Ana Ruiz', '3', '3.0', '2', '66.7', '1']);

    // The choices stay while the supervisor looks at the floor and comes back.
    await floor.getByTestId('report-breakdown').selectOption('source');
    await expect(floor.getByTestId('report-breakdown-card-table')).toContainText('Source');
    await floor.getByTestId('supervisor-nav-floor').click();
    await floor.getByTestId('supervisor-nav-reports').click();
    await expect(floor.getByTestId('report-breakdown')).toHaveValue('source');
    await expect(floor.getByTestId('report-breakdown-card-table')).toContainText('Source');

    // A range running backwards is said on the field, and no chart stands for it.
    await floor.getByTestId('report-to').fill('2026-10-01');
    await expect(floor.getByText('The last day (2026-10-01) is before the first')).toBeVisible();
    await expect(floor.getByTestId('report-breakdown-card-table')).toHaveCount(0);
    await expect(floor.getByTestId('report-idle').first()).toHaveText(
      "Fix the range above to see the team's trend.",
    );
    await context.close();
  });
});

test('a solo rep with no hub reads My week: the day of their dials, as the KPI strip counts it', async ({
  page,
}) => {
  const solo = await startBrowserMode({
    args: ['--dial-mode', 'preview', ...scriptedLine('answer,no-answer')],
  });
  try {
    await openApp(page, solo.url);
    await workCalls(page, {
      id: 'alex',
      name: 'Alex Morgan',
      seed: '7',
      calls: [{ line: 'answer', key: '1', outcome: 'converted' }, { line: 'no-answer' }],
    });
    await expect(page.getByTestId('kpi-dials')).toHaveText('2');

    await openScreen(page, 'myweek');
    await expect(page.getByTestId('my-week-label')).toHaveText('2026-W48 · Nov 23 – Nov 29');
    const table = page.getByTestId('my-week-card-table');
    await expect(table.locator('tbody tr')).toHaveCount(7);
    await expect(cell(table, '2026-11-24', 'dials')).toHaveText('2');
    await expect(cell(table, '2026-11-24', 'contacts')).toHaveText('1');
    await expect(cell(table, '2026-11-24', 'conversions')).toHaveText('1');
    await expect(cell(table, '2026-11-24', 'conversionRate')).toHaveText('100.0');
    await expect(cell(table, '2026-11-23', 'dials')).toHaveText('0');
    await expect(cell(table, 'Total', 'dials')).toHaveText('2');
    await expect(page.getByTestId('my-week-card-chart').locator('.recharts-line')).toHaveCount(1);

    const csv = await exportedCsv(page, 'my-week-card-export');
    expect(csv).toEqual(await shownTable(table));

    await page.getByTestId('my-week-previous').click();
    await expect(page.getByTestId('my-week-label')).toHaveText('2026-W47 · Nov 16 – Nov 22');
    await expect(cell(table, 'Total', 'dials')).toHaveText('0');
  } finally {
    await solo.stop();
  }
});

/**
 * In preview mode: Space shows the first lead, then each Space dials the lead in preview; an
 * answered call gets its outcome key and Enter, and the next lead comes up in preview.
 */
async function workCalls(page: Page, rep: Rep): Promise<void> {
  const callState = page.getByTestId('call-state');
  await page.keyboard.press('Space');
  await expect(callState).toHaveText('preview');
  for (const [index, call] of rep.calls.entries()) {
    await page.keyboard.press('Space');
    await expect(page.getByTestId('kpi-dials')).toHaveText(String(index + 1));
    if (call.line === 'answer') {
      await expect(callState).toHaveText('connected');
      await page.keyboard.press(call.key ?? '');
      await expect(page.getByTestId(`outcome-${call.outcome}`)).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await page.keyboard.press('Enter');
    }
    await expect(callState).toHaveText('preview');
  }
}

function cell(table: Locator, row: string, column: string): Locator {
  return table.locator(`tr[data-row="${row}"] [data-col="${column}"]`);
}

async function heightOf(bar: Locator): Promise<number | undefined> {
  return (await bar.boundingBox())?.height;
}

/** The table as a screen reader reads it, a dash (no sample) as the empty cell the CSV has. */
async function shownTable(table: Locator): Promise<string[][]> {
  const rows: string[][] = [];
  for (const row of await table.locator('tr').all()) {
    const texts = await row.locator('th, td').allTextContents();
    rows.push(texts.map((text) => (text === '–' ? '' : text)));
  }
  return rows;
}

async function exportedCsv(page: Page, button: string): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(button).click(),
  ]);
  const file = await download.path();
  return parseCsv(fs.readFileSync(file, 'utf8'));
}

/** Enough CSV for the report's files: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  return text.split('\r\n').map((line) => {
    const cells: string[] = [];
    const field = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    for (let match = field.exec(line); match; match = field.exec(line)) {
      const raw = match[1] ?? '';
      cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
      if (match[2] === '') break;
    }
    return cells;
  });
}
