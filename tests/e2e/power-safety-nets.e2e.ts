import { expect, test } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';
import { openApp, openScreen } from './screens';

/**
 * The rep's safety nets in power mode, from the keyboard: in power mode the next call is placed
 * the moment an outcome is saved, so undo and skip have to work while that call is on.
 */
const app = browserModeForEachTest({
  args: ['--rep-name', 'Alex Morgan', ...scriptedLine('answer,no-answer,no-answer,answer')],
});

test('U withdraws the last outcome while the next call rings; S skips a ringing lead', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(app().url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const callState = page.getByTestId('call-state');
  const leadName = page.getByTestId('lead-name');

  await page.keyboard.press('Space');
  await expect(callState).toHaveText('connected');
  const first = (await leadName.textContent()) ?? '';
  await page.keyboard.press('4');
  await expect(page.getByTestId('outcome-not-interested')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(leadName).not.toHaveText(first);
  await expect(callState).toHaveText(/dialing|ringing/);

  // The second call is on the line: U still reaches the first call's outcome, and leaves it be.
  await page.keyboard.press('u');
  await expect(page.getByText(`The outcome for ${first} is withdrawn`)).toBeVisible();
  const rows = page.getByTestId('call-log-row');
  await expect(rows.filter({ hasText: first })).toContainText('in progress');

  // Once the second call's outcome is saved (no answer), the first call's wrap-up comes back.
  await expect(callState).toHaveText('wrap-up');
  await expect(leadName).toHaveText(first);
  await page.keyboard.press('3');
  await expect(page.getByTestId('outcome-interested')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(rows.filter({ hasText: first })).toContainText('Interested — follow up');

  // The third call rings: S hangs up and skips it, with a reason picked by key.
  await expect(callState).toHaveText(/dialing|ringing/);
  const third = (await leadName.textContent()) ?? '';
  await expect(page.getByTestId('hotkey-S')).toHaveAttribute('data-works-now', 'true');
  await page.keyboard.press('s');
  await expect(page.getByRole('menu', { name: 'Skip this lead because…' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByText(`Skipped ${third}: Not the right contact`)).toBeVisible();
  await expect(rows.filter({ hasText: third })).toContainText('No answer');

  // The fourth call is answered: the legend shows that S does nothing now.
  await expect(callState).toHaveText('connected');
  await expect(page.getByTestId('hotkey-S')).toHaveAttribute('data-works-now', 'false');
  await page.keyboard.press('s');
  await expect(
    page.getByText('Cannot skip a lead someone answered: hang up (Esc), then record the outcome.'),
  ).toBeVisible();
});

test.describe('outcomes that must be meant and must match the call', () => {
  const line = browserModeForEachTest({
    args: ['--rep-name', 'Alex Morgan', ...scriptedLine('answer,no-answer,no-answer')],
  });

  test('do not call needs its key twice; a contact outcome after no answer is refused', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(line().url);
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    const callState = page.getByTestId('call-state');
    const dnc = page.getByTestId('outcome-do-not-call');
    const prompt = page.getByTestId('dnc-prompt');

    await page.keyboard.press('Space');
    await expect(callState).toHaveText('connected');
    await page.keyboard.press('8');
    await expect(dnc).toHaveAttribute('aria-pressed', 'true');
    await expect(dnc).toHaveClass(/is-danger/);
    await expect(prompt).toHaveText(
      'Press 8 again to confirm: this number goes on the do-not-call list.',
    );
    // Enter alone does not put anyone on the list.
    await page.keyboard.press('Enter');
    await expect(callState).toHaveText('wrap-up');
    await expect(
      page.getByText('"Do not call" puts the number on the do-not-call list: press 8 again'),
    ).toBeVisible();
    await page.keyboard.press('8');
    await expect(prompt).toHaveText(/^Confirmed/);
    await page.keyboard.press('Enter');
    await expect(callState).toHaveText(/dialing|ringing/);
    await expect(page.getByTestId('call-log-row').filter({ hasText: 'Do not call' })).toHaveCount(
      1,
    );

    // Undoable like any other: withdrawn during the next call, changed after it.
    await page.keyboard.press('u');
    await expect(page.getByText(/is withdrawn/)).toBeVisible();
    await expect(dnc).toHaveAttribute('aria-pressed', 'true');
    await expect(callState).toHaveText('wrap-up');
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect(
      page.getByTestId('call-log-row').filter({ hasText: 'Not interested' }),
    ).toHaveCount(1);

    // The third call rings out; the rep hangs up and tries to call it a conversion.
    await expect(callState).toHaveText('ringing');
    await page.keyboard.press('Space');
    await expect(callState).toHaveText('wrap-up');
    await page.keyboard.press('1');
    await expect(
      page.getByText('"Converted" needs a person on the line, and nobody answered'),
    ).toBeVisible();
    await expect(page.getByTestId('outcome-no-answer')).toHaveAttribute('aria-pressed', 'true');
    // Pause once it is saved, so the count is not racing the next dial.
    await page.keyboard.press('p');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(callState).toHaveText('paused');
    await expect(page.getByTestId('kpi-dials')).toHaveText('3');
    await expect(page.getByTestId('kpi-contacts')).toHaveText('1');
    await expect(page.getByTestId('kpi-conversions')).toHaveText('0');
  });
});

test.describe('outcomes kept not on the line, where the settings allow it', () => {
  const line = browserModeForEachTest({
    args: ['--rep-name', 'Alex Morgan', ...scriptedLine('no-answer')],
  });

  test('a conversion after a no-answer is kept, marked, left out of the numbers, and undoable', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openApp(page, line().url);
    await openScreen(page, 'settings');
    const keep = page.getByLabel(
      'Keep a contact or conversion outcome on a call nobody answered, marked “not on the line”',
    );
    await expect(keep).not.toBeChecked();
    await keep.check();
    await page.getByTestId('settings-save').click();
    await expect(
      page.getByRole('form', { name: 'You and your dialer' }).getByRole('status'),
    ).toHaveText(/^Saved\. Keeping outcomes on calls nobody answered applies the next time/);

    await openScreen(page, 'dial');
    const callState = page.getByTestId('call-state');
    await page.keyboard.press('Space');
    await expect(callState).toHaveText('ringing');
    const lead = (await page.getByTestId('lead-name').textContent()) ?? '';
    await page.keyboard.press('Space');
    await expect(callState).toHaveText('wrap-up');
    await page.keyboard.press('1');
    await expect(page.getByTestId('outcome-converted')).toHaveAttribute('aria-pressed', 'true');
    // Pause once it is saved, so the numbers are read before any next dial.
    await page.keyboard.press('p');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(callState).toHaveText('paused');
    await expect(
      page.getByText(
        `"Converted" is kept for ${lead}, marked not on the line (nobody answered): ` +
          "it counts in no KPI, yours or the floor's.",
      ),
    ).toBeVisible();
    const row = page.getByTestId('call-log-row').filter({ hasText: lead });
    await expect(row).toContainText('Converted');
    await expect(row.getByTestId('not-on-the-line')).toHaveText('not on the line · not counted');
    await expect(page.getByTestId('kpi-dials')).toHaveText('1');
    await expect(page.getByTestId('kpi-contacts')).toHaveText('0');
    await expect(page.getByTestId('kpi-conversions')).toHaveText('0');
    await expect(
      page.getByRole('button', { name: /Undo “Converted” \(not on the line\)/ }),
    ).toBeVisible();

    // The lead's page lists the attempt with the same mark.
    await page.keyboard.press('/');
    await page.keyboard.type(lead.split(' ')[1] ?? lead);
    await expect(page.getByTestId('lead-search-count')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('lead-result').first()).toContainText(lead);
    await page.keyboard.press('Enter');
    const attempt = page.getByTestId('lead-attempt');
    await expect(attempt).toHaveCount(1);
    await expect(attempt).toContainText('Converted');
    await expect(attempt.getByTestId('not-on-the-line')).toBeVisible();

    // Undo takes it back like any other outcome: the mark goes with it.
    await openScreen(page, 'dial');
    await page.keyboard.press('u');
    await expect(callState).toHaveText('wrap-up');
    await expect(row).toContainText('in progress');
    await expect(row.getByTestId('not-on-the-line')).toHaveCount(0);
    await page.keyboard.press('6');
    await page.keyboard.press('Enter');
    await expect(row).toContainText('No answer');
    await expect(page.getByTestId('kpi-dials')).toHaveText('1');
    await expect(page.getByTestId('kpi-conversions')).toHaveText('0');
  });
});

test.describe('the wrap-up countdown', () => {
  const line = browserModeForEachTest({
    args: ['--rep-name', 'Alex Morgan', ...scriptedLine('answer')],
  });

  test('runs 45 s by default and holds as soon as the rep writes a note', async ({ page }) => {
    await page.goto(line().url);
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    const timer = page.getByTestId('call-timer');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('call-state')).toHaveText('connected');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('call-state')).toHaveText('wrap-up');
    await expect(timer).toHaveText(/^0:4[0-5]$/);
    await page.keyboard.press('n');
    await page.keyboard.type('Call back after the school run');
    await expect(timer).toHaveText('on hold');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('notes')).toHaveValue('Call back after the school run');
  });
});
