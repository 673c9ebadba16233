import { expect, test, type Page } from '@playwright/test';
import { browserModeForEachTest, scriptedLine } from './browser-mode';

/**
 * A rep works ten demo leads with the keyboard only, on a simulated line whose calls are scripted
 * (fixed seed, fast profile: rings in under a second, a prospect stays on until the rep hangs up).
 * The core's clock starts on a Tuesday at 12:00 in New York, so every demo lead is inside its
 * calling window whatever time the test runs.
 */
interface Call {
  line: 'answer' | 'no-answer' | 'busy' | 'machine';
  /** Answered calls: the outcome's key, its code, the note typed after N. */
  key?: string;
  outcome?: string;
  note?: string;
  /** The callback outcome asks for a time: T picks tomorrow 9:00 on the lead's clock. */
  callbackTomorrow?: boolean;
  /** P then 1 during the call: pause for a break once its outcome is saved (ends the run at 10). */
  pauseAfter?: boolean;
}

const CALLS: Call[] = [
  {
    line: 'answer',
    key: '1',
    outcome: 'converted',
    note: 'Booked the assessment for Thursday 10:00.',
  },
  { line: 'no-answer' },
  { line: 'answer', key: '4', outcome: 'not-interested', note: 'Renting; the landlord says no.' },
  { line: 'busy' },
  { line: 'answer', key: '1', outcome: 'converted', note: 'Saturday afternoon, both owners home.' },
  { line: 'machine' },
  { line: 'answer', key: '3', outcome: 'interested', note: 'Wants the numbers by email first.' },
  { line: 'no-answer' },
  {
    line: 'answer',
    key: '2',
    outcome: 'callback',
    note: 'Driving; call back tomorrow morning.',
    callbackTomorrow: true,
  },
  { line: 'answer', key: '1', outcome: 'converted', note: 'Booked Friday 9:30.', pauseAfter: true },
];

/** Six reached a person (the answered calls), three converted: 60 % contact rate, 50 % conversion. */
const EXPECTED = {
  dials: '10',
  contacts: '6',
  conversions: '3',
  conversionRate: '50%',
  contactRate: '60%',
};

const app = browserModeForEachTest({
  args: ['--rep-name', 'Alex Morgan', ...scriptedLine(CALLS.map((call) => call.line).join(','))],
});

test('a rep works ten leads from the keyboard; the numbers and the calls survive a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(app().url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const callState = page.getByTestId('call-state');
  const dials = page.getByTestId('kpi-dials');
  await expect(callState).toHaveText('idle');
  await expect(dials).toHaveText('0');

  await page.keyboard.press('Space');
  for (const [index, call] of CALLS.entries()) {
    // Each dial shows in the strip the moment it is placed.
    await expect(dials).toHaveText(String(index + 1));
    if (call.line !== 'answer') continue; // The session records these by itself.
    await expect(callState).toHaveText('connected');
    await workAnsweredCall(page, call);
  }

  await expect(callState).toHaveText('paused');
  await expectNumbersAndCalls(page);

  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(callState).toHaveText('paused');
  await expectNumbersAndCalls(page);
});

async function workAnsweredCall(page: Page, call: Call): Promise<void> {
  if (call.pauseAfter) {
    await page.keyboard.press('p');
    await expect(page.getByRole('menu', { name: 'Pause after this call for…' })).toBeVisible();
    await page.keyboard.press('1');
    await expect(page.getByText('Pausing after this call: Break')).toBeVisible();
  }
  await page.keyboard.press(call.key!);
  await expect(page.getByTestId(`outcome-${call.outcome}`)).toHaveAttribute('aria-pressed', 'true');
  if (call.callbackTomorrow) {
    await page.keyboard.press('t');
    await expect(page.getByText(/Calling back .*9:00 AM/)).toBeVisible();
  }
  const notes = page.getByTestId('notes');
  await page.keyboard.press('n');
  await expect(notes).toBeFocused();
  await page.keyboard.type(call.note!);
  await page.keyboard.press('Escape');
  await expect(notes).not.toBeFocused();
  const screenshot = process.env.DIALDECK_SCREENSHOT;
  if (call.callbackTomorrow && screenshot) {
    // The README's picture of the view mid-call: a few seconds of talk on the clock.
    await expect(page.getByTestId('call-timer')).toHaveText(/^0:0[3-9]$/);
    await page.screenshot({ path: screenshot });
  }
  // Enter on a connected call with its outcome chosen: hang up, save, dial the next lead.
  await page.keyboard.press('Enter');
}

async function expectNumbersAndCalls(page: Page): Promise<void> {
  await expect(page.getByTestId('kpi-dials')).toHaveText(EXPECTED.dials);
  await expect(page.getByTestId('kpi-contacts')).toHaveText(EXPECTED.contacts);
  await expect(page.getByTestId('kpi-conversions')).toHaveText(EXPECTED.conversions);
  await expect(page.getByTestId('kpi-conversion-rate')).toHaveText(EXPECTED.conversionRate);
  await expect(page.getByTestId('kpi-contact-rate')).toHaveText(EXPECTED.contactRate);
  await expect(page.getByTestId('kpi-response-time')).toHaveText(/^\d+ (s|min)$/);

  const rows = page.getByTestId('call-log-row');
  await expect(rows).toHaveCount(10);
  await expect(rows.filter({ hasText: 'in progress' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Converted' })).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Callback' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Busy' })).toHaveCount(1);
  // Two rang out; the answering machine counts as no answer too: nobody was reached.
  await expect(rows.filter({ hasText: 'No answer' })).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Booked the assessment for Thursday 10:00.' })).toHaveCount(
    1,
  );
}
