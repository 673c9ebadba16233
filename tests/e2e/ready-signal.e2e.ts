import { expect, test } from '@playwright/test';
import { DEMO_WORKDAY, browserModeForEachTest } from './browser-mode';

const app = browserModeForEachTest({ args: ['--sim-clock-start', DEMO_WORKDAY] });

/** Runs in the page: keeps what the screen shows at the very moment the app says it is ready. */
const RECORD_AT_READY = `
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-app-state="ready"]') === null) return;
    const text = (testId) =>
      document.querySelector('[data-testid="' + testId + '"]')?.textContent ?? null;
    globalThis.shownWhenReady = { queueCount: text('queue-count'), dials: text('kpi-dials') };
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
`;

test('"ready" is set only once the first screen shows the queue count and the KPI numbers', async ({
  page,
}) => {
  await page.addInitScript({ content: RECORD_AT_READY });
  await page.goto(app().url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const shown = await page.evaluate(
    () => (globalThis as { shownWhenReady?: Record<string, string | null> }).shownWhenReady,
  );
  expect(shown).toEqual({ queueCount: '36', dials: '0' });
});
