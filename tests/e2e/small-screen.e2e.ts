import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_WORKDAY, browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp, openScreen } from './screens';

/**
 * The dial screen on a 1280×720 laptop, checked by the boxes the browser lays out: everything the
 * rep needs during a call is on view, nothing is cut off or spills. With DIALDECK_SCREENSHOTS set
 * it saves what it checked, at 1280×720 and 1440×900.
 */
const SCREENSHOTS = process.env.DIALDECK_SCREENSHOTS;
const SMALL = { width: 1280, height: 720 };
const LARGE = { width: 1440, height: 900 };
const PAST_SLA_LEAD = path.join(import.meta.dirname, 'fixtures', 'past-sla-lead.csv');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} is not laid out`);
  return found;
}

function expectInside(inner: Box, outer: Box): void {
  expect(inner.x).toBeGreaterThanOrEqual(outer.x - 0.5);
  expect(inner.y).toBeGreaterThanOrEqual(outer.y - 0.5);
  expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
  expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
}

/**
 * Elements under `selector` whose text is clipped (wider or taller than their box shows), leaving
 * out text kept for screen readers only.
 */
function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`
    [...document.querySelectorAll(${JSON.stringify(`${selector}, ${selector} *`)})]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .filter((el) => getComputedStyle(el).overflow !== 'visible')
      .filter((el) => !el.classList.contains('visually-hidden'))
      .map((el) => el.textContent.trim())
  `);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const { width, height } = page.viewportSize() ?? SMALL;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${width}x${height}-${name}.png`) });
}

test.describe('a call from the demo queue', () => {
  const app = browserModeForEachTest({ args: scriptedLine('answer') });

  for (const size of [SMALL, LARGE]) {
    test(`at ${size.width}×${size.height}: queue, numbers, controls, callback time, note and save all on view`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openApp(page, app().url);
      const viewport = { x: 0, y: 0, ...size };

      // More than 2.5 leads in the queue: three whole ones inside its visible box.
      const queue = page.getByRole('region', { name: 'Next up' });
      await expect(queue.getByRole('listitem')).toHaveCount(5);
      const queueBox = await box(queue);
      const whole = [];
      for (const item of await queue.getByRole('listitem').all()) {
        const itemBox = await box(item);
        if (itemBox.y + itemBox.height <= queueBox.y + queueBox.height) whole.push(itemBox);
      }
      expect(whole.length).toBeGreaterThanOrEqual(3);

      // Every number tile on view, none of its words cut off.
      const strip = page.getByTestId('kpi-strip');
      expectInside(await box(strip), viewport);
      expectInside(
        await box(page.getByRole('listitem').filter({ hasText: 'Speed to lead' })),
        viewport,
      );
      expect(await clippedText(page, '.kpi-strip')).toEqual([]);
      await shoot(page, 'idle');

      await page.keyboard.press('Space');
      await expect(page.getByTestId('call-state')).toHaveText('connected');
      // The call controls keep one row: Pause beside Hang up.
      const controls = page.getByRole('toolbar', { name: 'Call controls' });
      const hangUp = await box(controls.getByRole('button', { name: /^Hang up/ }));
      const pause = await box(controls.getByRole('button', { name: /^Pause/ }));
      expect(pause.y).toBe(hangUp.y);
      expectInside(pause, await box(controls));

      // The SLA chip stays on the lead card.
      const card = page.getByTestId('lead-card');
      expectInside(await box(card.locator('.lead-sla')), await box(card));

      // A callback time open: the note and "Save & next" are still above the fold.
      await page.keyboard.press('2');
      await page.keyboard.press('t');
      await expect(page.getByText(/Calling back .*9:00 AM/)).toBeVisible();
      const column = await box(page.locator('.column-outcome'));
      const visible = { ...column, height: Math.min(column.height, size.height - column.y) };
      expectInside(await box(page.getByTestId('notes')), visible);
      expectInside(await box(page.getByRole('button', { name: /save & next/ })), visible);
      expectInside(await box(page.getByTestId('outcome-callback')), visible);
      await shoot(page, 'callback-open');
    });
  }
});

test.describe('a lead past its SLA', () => {
  const app = browserModeForEachTest({ args: ['--no-demo', '--sim-clock-start', DEMO_WORKDAY] });

  test('its reason line is red, not green, and its long name and chip stay on the card', async ({
    page,
  }) => {
    await page.setViewportSize(SMALL);
    await openApp(page, app().url);
    await openScreen(page, 'campaigns');
    await page.getByTestId('new-campaign-name').fill('Late leads');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('campaign-editor')).toBeVisible();
    await openScreen(page, 'leads');
    await page.getByTestId('leads-import-tab').click();
    await page.getByTestId('import-file').setInputFiles(PAST_SLA_LEAD);
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('report-imported')).toHaveText('1');
    await openScreen(page, 'dial');

    const card = page.getByTestId('lead-card');
    await expect(card.getByTestId('lead-name')).toHaveText(
      'Bartholomew Featherstonehaugh-Whitcombe',
    );
    const reason = card.getByTestId('lead-reason');
    await expect(reason).toHaveText('new lead — 2 h 55 min old (past the 1 h SLA)');
    await expect(reason).toHaveCSS('color', 'rgb(240, 160, 155)');
    const chip = card.locator('.lead-sla');
    await expect(chip).toContainText('1 h 55 min over');
    expectInside(await box(chip), await box(card));
    expect(await clippedText(page, '[data-testid="lead-card"]')).toEqual([]);
    await shoot(page, 'past-sla');
  });
});
