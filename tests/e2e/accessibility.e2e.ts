import { expect, test } from '@playwright/test';
import { browserModeForEachTest } from './browser-mode';

/**
 * What axe-core flagged on the dial screen, checked without it (axe-core is not installed here):
 * a level-one heading, a call log the keyboard can scroll, and the secondary grey at 4.5:1.
 */
const app = browserModeForEachTest({ args: ['--rep-name', 'Alex Morgan'] });

test('the dial screen has a level-one heading, a focusable call log and readable grey text', async ({
  page,
}) => {
  await page.goto(app().url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Power dial' })).toBeAttached();
  const log = page.getByTestId('call-log');
  await log.focus();
  await expect(log).toBeFocused();
  const cssVariable = (name: string) =>
    page.evaluate<string>(
      `getComputedStyle(document.documentElement).getPropertyValue('${name}').trim()`,
    );
  const ratio = contrast(await cssVariable('--faint'), await cssVariable('--panel'));
  expect(ratio).toBeGreaterThanOrEqual(4.5);
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
