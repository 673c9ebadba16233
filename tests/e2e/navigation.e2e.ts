import { expect, test } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp, openScreen } from './screens';

/**
 * The screens around the dialer: reached with Ctrl+1–6, they never touch a call (the session is
 * the main process's), and the dialer's keys work only on the dialer.
 */
const app = browserModeForEachTest({
  args: scriptedLine('answer'),
});

test('a call goes on across screens, the dialer’s keys stay on the dialer, and the pill hangs up', async ({
  page,
}) => {
  await openApp(page, app().url);
  await page.keyboard.press('Space');
  const state = page.getByTestId('call-state');
  await expect(state).toHaveText('connected');

  await openScreen(page, 'dnc');
  const pill = page.getByTestId('call-pill');
  await expect(pill.getByTestId('call-state')).toHaveText('connected');
  // Typing a search with spaces and digits, then the dialer's keys outside any field: no effect.
  await page.getByTestId('dnc-search').fill('');
  await page.getByTestId('dnc-search').pressSequentially('312 555');
  await page.getByRole('heading', { name: 'Do-not-call' }).focus();
  for (const key of ['Space', '1', 'Escape', 'p', 'm']) await page.keyboard.press(key);
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(pill.getByTestId('call-state')).toHaveText('connected');

  for (const screen of ['leads', 'callbacks', 'campaigns', 'settings'] as const) {
    await openScreen(page, screen);
    await expect(pill.getByTestId('call-state')).toHaveText('connected');
  }

  await openScreen(page, 'dial');
  await expect(state).toHaveText('connected');
  await expect(page.getByTestId('outcome-converted')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('call-pill')).toHaveCount(0);
  // Back on the dialer its keys work again.
  await page.keyboard.press('1');
  await expect(page.getByTestId('outcome-converted')).toHaveAttribute('aria-pressed', 'true');

  // A screen keeps what was typed in it while the rep is on the dialer.
  await openScreen(page, 'dnc');
  await expect(page.getByTestId('dnc-search')).toHaveValue('312 555');

  await openScreen(page, 'campaigns');
  await pill.getByRole('button', { name: 'Hang up' }).click();
  await expect(pill.getByTestId('call-state')).toHaveText('wrap-up');
  await pill.getByRole('button', { name: 'Choose the outcome' }).click();
  await expect(page.getByTestId('nav-dial')).toHaveAttribute('aria-current', 'page');
  await expect(state).toHaveText('wrap-up');
});

test('Ctrl+1–6 still switch screens from inside a dialer menu that keeps its keys', async ({
  page,
}) => {
  await openApp(page, app().url);
  await page.keyboard.press('p');
  await expect(page.getByRole('menu', { name: 'Pause for…' })).toBeVisible();
  await openScreen(page, 'settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();
  await openScreen(page, 'dial');
  await expect(page.getByTestId('call-state')).toHaveText('idle');
});

test('settings: a wrong field is named in words, a save shows at once, a discard puts back', async ({
  page,
}) => {
  await openApp(page, app().url);
  await openScreen(page, 'settings');
  const badge = page.getByTestId('rep-badge');
  const repId = page.getByLabel('Rep id');
  const before = await repId.inputValue();

  await page.getByTestId('settings-rep-name').fill('Dana Reyes');
  await repId.fill('dana reyes');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Letters, digits, dot, dash or underscore; up to 64.')).toBeVisible();
  await expect(badge).not.toContainText('Dana Reyes');

  const form = page.getByRole('form', { name: 'You and your dialer' });
  await form.getByRole('button', { name: 'Discard changes' }).click();
  await expect(repId).toHaveValue(before);
  await expect(page.getByText('Letters, digits, dot, dash or underscore; up to 64.')).toBeHidden();

  await page.getByTestId('settings-rep-name').fill('Dana Reyes');
  await page.getByTestId('settings-save').click();
  await expect(form.getByRole('status')).toHaveText('Saved. Your name applies at once.');
  await expect(badge).toContainText('Dana Reyes');
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await openScreen(page, 'settings');
  await expect(page.getByTestId('settings-rep-name')).toHaveValue('Dana Reyes');
});

test('settings: a dial mode change says it waits for the next start; leaving unsaved changes asks', async ({
  page,
}) => {
  await openApp(page, app().url);
  await openScreen(page, 'settings');
  const form = page.getByRole('form', { name: 'You and your dialer' });
  await form.getByRole('radio', { name: /^Preview/ }).check();
  await form.getByTestId('settings-save').click();
  await expect(form.getByRole('status')).toHaveText(
    'Saved. The dial mode applies the next time you start dialing ' +
      '(a run in progress keeps the old setting until you stop it).',
  );

  await page.getByTestId('settings-rep-name').fill('Dana Reyes');
  await page.getByTestId('settings-rep-name').press('Control+1');
  const ask = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
  await expect(ask).toContainText('Not saved yet: You and your dialer.');
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('nav-settings')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('settings-rep-name')).toHaveValue('Dana Reyes');

  await page.keyboard.press('Control+1');
  await ask.getByRole('button', { name: 'Discard changes and leave' }).click();
  await expect(page.getByTestId('nav-dial')).toHaveAttribute('aria-current', 'page');
  await openScreen(page, 'settings');
  await expect(page.getByTestId('settings-rep-name')).toHaveValue('Alex Morgan');
  // Nothing unsaved: leaving does not ask.
  await openScreen(page, 'dial');

  // A campaign being edited asks the same.
  await openScreen(page, 'campaigns');
  const editor = page.getByTestId('campaign-editor');
  await editor.getByLabel('Name').fill('Spring solar leads');
  await page.keyboard.press('Control+1');
  await expect(ask).toContainText('Not saved yet: Campaign ');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('nav-campaigns')).toHaveAttribute('aria-current', 'page');
  await expect(editor.getByLabel('Name')).toHaveValue('Spring solar leads');
});
