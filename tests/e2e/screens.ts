import { expect, type Page } from '@playwright/test';

/** The rep app's screens by their Ctrl+digit shortcut (Playwright drives Chromium on Linux). */
export const SCREEN_KEYS = {
  dial: 'Control+1',
  leads: 'Control+2',
  callbacks: 'Control+3',
  dnc: 'Control+4',
  campaigns: 'Control+5',
  settings: 'Control+6',
  myweek: 'Control+7',
} as const;

export type Screen = keyof typeof SCREEN_KEYS;

/** Opens a screen from the keyboard and waits until the navigation says it is open. */
export async function openScreen(page: Page, screen: Screen): Promise<void> {
  await page.keyboard.press(SCREEN_KEYS[screen]);
  await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page');
}

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
}
