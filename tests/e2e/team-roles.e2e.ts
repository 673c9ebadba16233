import { expect, test, type Page } from '@playwright/test';
import { deriveRepKey } from '../../electron/hub/auth/rep-key';
import { DEFAULT_DISPOSITIONS } from '../../shared/domain/disposition';
import { DEMO_WORKDAY, type BrowserModeApp } from './browser-mode';
import { startSupervisor, startTeamRep } from './team';
import { openApp, openScreen } from './screens';

/**
 * A supervisor hosting the team hub and a rep on it with their own rep key, each in browser mode
 * with its own data folder. In team mode the rep follows what the team sets: its outcomes and its
 * campaigns, and the supervisor's role, which takes the team's token.
 */
const TEAM_TOKEN = 'roles-e2e-team-token-0123456789';

let supervisor: BrowserModeApp;
let rep: BrowserModeApp;

test.beforeEach(async () => {
  let hubUrl: string;
  ({ app: supervisor, hubUrl } = await startSupervisor(TEAM_TOKEN));
  rep = await startTeamRep(hubUrl, { id: 'ana', name: 'Ana Ruiz' }, [
    ...['--hub-rep-key', deriveRepKey(TEAM_TOKEN, 'ana')],
    ...['--sim-clock-start', DEMO_WORKDAY],
  ]);
});

test.afterEach(async () => {
  await rep.stop();
  await supervisor.stop();
});

/** Calls the rep's core directly over its bridge, as a tampered page could. */
function callCore(page: Page, method: string, args: unknown[]) {
  return page.evaluate(
    ({ method, args }) =>
      new Promise<unknown>((resolve) => {
        const { location } = globalThis as unknown as {
          location: { search: string; host: string };
        };
        const token = new URLSearchParams(location.search).get('token') ?? '';
        const socket = new WebSocket(
          `ws://${location.host}/bridge?token=${encodeURIComponent(token)}`,
        );
        socket.onopen = () => socket.send(JSON.stringify({ type: 'call', id: 1, method, args }));
        socket.onmessage = (message) => {
          const data = JSON.parse(String(message.data)) as { type: string; result?: unknown };
          if (data.type !== 'result') return;
          socket.close();
          resolve(data.result);
        };
      }),
    { method, args },
  );
}

test("a rep in team mode is refused changing the team's outcomes, campaigns and role", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, rep.url);

  // The team's outcomes are shown, set by the supervisor, and cannot be edited here.
  await openScreen(page, 'settings');
  await expect(page.getByTestId('dispositions-set-by-team')).toContainText(
    'Set by your supervisor on the team hub.',
  );
  const editor = page.getByTestId('dispositions-editor');
  await expect(editor.getByLabel('Label for Converted')).toBeDisabled();
  await expect(page.getByTestId('dispositions-save')).toHaveCount(0);
  // Nor through the core behind the page.
  const relabelled = DEFAULT_DISPOSITIONS.map((d) =>
    d.code === 'converted' ? { ...d, label: 'Sold' } : d,
  );
  expect(await callCore(page, 'dispositions.update', [relabelled])).toEqual({
    ok: false,
    error: {
      code: 'forbidden',
      message:
        "You work as a rep on a team hub: the team's outcomes are set by your supervisor on the hub, for each team campaign.",
    },
  });
  await expect(editor.getByLabel('Label for Converted')).toHaveValue('Converted');

  // Switching to supervisor takes the team's token.
  const team = page.getByTestId('team-hub-settings');
  await team.getByLabel('This app is used by').selectOption('supervisor');
  await team.getByRole('button', { name: 'Save team floor settings' }).click();
  await expect(team).toContainText(
    'Only the team\'s supervisor credential makes this app a supervisor\'s: enter the team token under "Team floor" first',
  );

  await team.getByLabel('This app is used by').selectOption('rep');

  // The team's campaign came from the hub, read-only: its rules are the supervisor's.
  await openScreen(page, 'campaigns');
  await page.getByTestId('campaign-web-leads').click();
  const campaign = page.getByTestId('campaign-editor');
  await expect(page.getByTestId('campaign-set-by-team')).toContainText(
    'Set by your supervisor on the team hub.',
  );
  await expect(campaign.getByLabel('Name')).toBeDisabled();
  await expect(page.getByTestId('campaign-save')).toHaveCount(0);
  expect(
    await callCore(page, 'campaigns.update', ['web-leads', { scriptMarkdown: 'Mine now' }]),
  ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('the supervisor edits a team campaign, and the rep follows it read-only', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const floor = await (await browser.newContext()).newPage();
  await floor.goto(supervisor.url);
  await expect(floor.locator('[data-app-state="ready"]')).toBeVisible();
  await floor.getByTestId('supervisor-nav-campaigns').click();
  await floor.getByTestId('team-campaign-web-leads').click();
  const editor = floor.getByTestId('campaign-editor');
  await editor.getByTestId('campaign-script').fill('Hi {{firstName}}, thanks for your request!');
  await editor.getByTestId('campaign-save').click();
  await expect(floor.getByTestId('team-campaign-web-leads')).toContainText('changed by Sam Lead');

  const page = await (await browser.newContext()).newPage();
  await openApp(page, rep.url);
  await openScreen(page, 'campaigns');
  await page.getByTestId('campaign-web-leads').click();
  await expect(page.getByTestId('campaign-set-by-team')).toContainText('last changed by Sam Lead');
  await expect(page.getByTestId('campaign-script')).toHaveValue(
    'Hi {{firstName}}, thanks for your request!',
  );
  await expect(page.getByTestId('campaign-script')).toBeDisabled();
  // Its outcomes too: the team's, shown read-only.
  await expect(page.getByRole('heading', { name: 'Outcomes of Web leads' })).toBeVisible();
  await expect(page.getByLabel('Label for Converted')).toBeDisabled();
});

test('the supervisor sets a team campaign’s claim time and the reps who work it', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // The rep's app joins the floor: the campaign's reps are chosen from the team's.
  const page = await (await browser.newContext()).newPage();
  await openApp(page, rep.url);
  const floor = await (await browser.newContext()).newPage();
  await floor.goto(supervisor.url);
  await expect(floor.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(floor.getByTestId('floor-row-ana')).toBeVisible();
  await floor.getByTestId('supervisor-nav-campaigns').click();
  await floor.getByTestId('team-campaign-web-leads').click();

  const fields = floor.getByTestId('team-pool-fields');
  const claim = fields.getByLabel(/Claim time \(min\)/);
  await expect(claim).toHaveValue('3');
  await expect(fields.getByTestId('team-reps-everyone')).toBeChecked();
  await expect(fields.getByTestId('team-rep-ana')).toBeChecked();

  await claim.fill('0');
  await fields.getByTestId('team-pool-save').click();
  await expect(fields).toContainText('A whole number of minutes from 1 to 60.');
  await claim.fill('5');
  await fields.getByTestId('team-reps-everyone').uncheck();
  await fields.getByTestId('team-rep-ana').uncheck();
  await fields.getByTestId('team-pool-save').click();
  await expect(fields).toContainText('Choose at least one rep, or Everyone.');
  await fields.getByTestId('team-rep-ana').check();
  await fields.getByTestId('team-pool-save').click();

  await expect(floor.getByTestId('team-campaign-web-leads')).toContainText('changed by Sam Lead');
  await expect(fields.getByLabel(/Claim time \(min\)/)).toHaveValue('5');
  await expect(fields.getByTestId('team-reps-everyone')).not.toBeChecked();
  await expect(fields.getByTestId('team-rep-ana')).toBeChecked();
  expect(await callCore(floor, 'floor.teamCampaigns', [])).toMatchObject({
    ok: true,
    value: [{ id: 'web-leads', claimMinutes: 5, repIds: ['ana'] }],
  });
});
