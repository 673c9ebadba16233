import net, { type AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { DEMO_WORKDAY, browserModeForEachTest } from './browser-mode';
import { openApp, openScreen } from './screens';

/** A port on this machine where nothing listens: the SIP server is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const DOWN_PORT = await closedPort();
const DOWN_URL = `ws://127.0.0.1:${DOWN_PORT}`;

const app = browserModeForEachTest({
  args: [
    '--sim-clock-start',
    DEMO_WORKDAY,
    '--dial-mode',
    'preview',
    '--sip-ws-url',
    DOWN_URL,
    '--sip-uri',
    'sip:ana@127.0.0.1',
  ],
});

test('Test connection says the SIP server cannot be reached, and the sign-in with it', async ({
  page,
}) => {
  await openApp(page, app().url);
  await openScreen(page, 'settings');
  await expect(page.getByTestId('sip-host-status')).toHaveText(
    `Cannot reach the SIP server at ${DOWN_URL}: retrying.`,
  );
  await page.getByTestId('sip-test-connection').click();
  await expect(page.getByTestId('sip-check-server')).toContainText(
    `Cannot reach the SIP server: nothing listens at 127.0.0.1:${DOWN_PORT} (connection refused). Is it running, and is the port right?`,
  );
  await expect(page.getByTestId('sip-check-registration')).toContainText(
    `Cannot reach the SIP server at ${DOWN_URL}: retrying.`,
  );
  await expect(page.getByTestId('sip-test-summary')).toContainText('need fixing');
});

test('a dial with the SIP server down ends at once in wrap-up, saying why', async ({ page }) => {
  await openApp(page, app().url);
  await expect(page.getByTestId('call-state')).toHaveText('idle');
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('call-state')).toHaveText('wrap-up');
  await expect(
    page.getByText(`Cannot reach the SIP server at ${DOWN_URL}, so the call was not placed`),
  ).toBeVisible();
});

test('the SIP form refuses plain ws:// to another machine, a web address and letters, in words', async ({
  page,
}) => {
  await openApp(page, app().url);
  await openScreen(page, 'settings');
  const url = page.getByTestId('sip-websocket-url');
  await url.fill('ws://pbx.example.com:8088/ws');
  await page.getByTestId('sip-caller-id').fill('+1800FLOWERS');
  await page.getByTestId('sip-save').click();
  await expect(
    page.getByText('Plain ws:// is refused except to this computer (localhost)'),
  ).toBeVisible();
  await expect(page.getByText('A phone number has no letters: type its digits')).toBeVisible();
  await url.fill('https://pbx.example.com/ws');
  await expect(page.getByText('That is a web address, not a WebSocket')).toBeVisible();
});

test.describe('accessibility', () => {
  // The pages' CSP forbids inline scripts, so this context bypasses it to inject axe.
  test.use({ bypassCSP: true });

  test('the SIP settings and their connection test have no serious axe violation', async ({
    page,
  }) => {
    await openApp(page, app().url);
    await openScreen(page, 'settings');
    await page.getByTestId('sip-test-connection').click();
    await expect(page.getByTestId('sip-test-summary')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
