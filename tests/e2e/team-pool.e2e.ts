import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { scriptedLine, type BrowserModeApp } from './browser-mode';
import { startSupervisor, startTeamRep } from './team';

/**
 * The team pool end to end: a supervisor hosting the hub, two reps dialing in browser mode with
 * no leads of their own, and web leads POSTed to the hub's `/api/leads` while they work. Each
 * lead reaches one rep's app and is dialed once, by that rep only; the floor counts every dial and
 * its pool panel ends with nothing waiting, offered or being dialed.
 * The reps' lines ring out unanswered (the session records those by itself), so the test needs
 * no keys once the reps have started.
 */
const TEAM_TOKEN = 'team-pool-e2e-token-0123456789';
const LEADS = 6;

interface Lead {
  phone: string;
  firstName: string;
  externalId: string;
}

const leads: Lead[] = Array.from({ length: LEADS }, (_, index) => ({
  phone: `+1212555${String(100 + index).padStart(4, '0')}`,
  firstName: `Web${index + 1}`,
  externalId: `form-${index + 1}`,
}));

let supervisor: BrowserModeApp;
let reps: BrowserModeApp[] = [];
let intakeKey: string;
let hubUrl: string;

test.beforeEach(async () => {
  // The key is made on the hub's database before the hub opens it (the embedded one is single-user).
  const supervisorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-e2e-pool-'));
  const printed = execFileSync(
    'npx',
    [
      'tsx',
      'electron/hub/main.ts',
      '--data-dir',
      path.join(supervisorDir, 'hub'),
      '--intake-key',
      'web-form',
    ],
    { encoding: 'utf8' },
  );
  intakeKey = printed.split('\n')[0]!.trim();
  ({ app: supervisor, hubUrl } = await startSupervisor(TEAM_TOKEN, { dataDir: supervisorDir }));
  const unanswered = Array.from({ length: LEADS }, () => 'no-answer').join(',');
  reps = await Promise.all(
    [
      { id: 'ana', name: 'Ana Ruiz', seed: '7' },
      { id: 'ben', name: 'Ben Okafor', seed: '11' },
    ].map((rep) =>
      startTeamRep(hubUrl, rep, [
        ...['--no-demo', '--hub-token', TEAM_TOKEN],
        ...scriptedLine(unanswered, rep.seed),
      ]),
    ),
  );
});

test.afterEach(async () => {
  await Promise.all(reps.map((rep) => rep.stop()));
  await supervisor.stop();
});

/** The rep's app, connected to the hub, dialing (its own queue is empty: it waits for the pool). */
async function startDialing(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(page.getByTestId('floor-link')).toHaveAttribute('data-link-state', 'connected');
  await page.keyboard.press('Space');
}

async function postLead(lead: Lead): Promise<string> {
  const response = await fetch(`${hubUrl}/api/leads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${intakeKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      phone: lead.phone,
      firstName: lead.firstName,
      lastName: 'Prospect',
      timeZone: 'America/New_York',
      source: 'web-form',
      externalId: lead.externalId,
    }),
  });
  const body = (await response.json()) as { leadId?: string; status?: string };
  expect(response.status, JSON.stringify(body)).toBe(201);
  expect(body.status).toBe('queued');
  return body.leadId!;
}

interface LeadState {
  status: string;
  assignedRep: string | null;
  attempts: { repId: string; startedAt: string; outcomeCode: string | null }[];
}

async function leadState(leadId: string): Promise<LeadState> {
  const response = await fetch(`${hubUrl}/api/leads/${leadId}`, {
    headers: { authorization: `Bearer ${TEAM_TOKEN}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as LeadState;
}

test('web leads POSTed while two reps dial: each is dialed once, by one rep, and counted on the floor', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const floor = await context.newPage();
  await floor.goto(supervisor.url);
  await expect(floor.locator('[data-app-state="ready"]')).toBeVisible();
  const [anaApp, benApp] = reps as [BrowserModeApp, BrowserModeApp];
  const anaPage = await context.newPage();
  const benPage = await context.newPage();
  await startDialing(anaPage, anaApp);
  await startDialing(benPage, benApp);

  const leadIds: string[] = [];
  for (const lead of leads) leadIds.push(await postLead(lead));

  // Every lead's first (and only) dial reaches the pool, from one of the two reps.
  await expect
    .poll(
      async () =>
        (await Promise.all(leadIds.map(leadState))).filter((s) => s.attempts.length > 0).length,
      {
        timeout: 60_000,
      },
    )
    .toBe(LEADS);
  const states = await Promise.all(leadIds.map(leadState));
  for (const state of states) {
    expect(state.attempts).toHaveLength(1);
    expect(['ana', 'ben']).toContain(state.attempts[0]!.repId);
  }
  const byRep = (repId: string) => states.filter((s) => s.attempts[0]!.repId === repId).length;
  // Both reps took part: the pool routes to whoever is free, not to one rep only.
  expect(byRep('ana')).toBeGreaterThan(0);
  expect(byRep('ben')).toBeGreaterThan(0);

  // Each rep's own count agrees, and the floor counts every dial once.
  await expect(anaPage.getByTestId('kpi-dials')).toHaveText(String(byRep('ana')));
  await expect(benPage.getByTestId('kpi-dials')).toHaveText(String(byRep('ben')));
  await expect(floor.getByTestId('floor-team-dials')).toHaveText(String(LEADS));
  // The pool on the floor: nothing left waiting for a rep, offered or being dialed.
  await expect(floor.getByTestId('floor-pool-waiting')).toHaveText('0');
  await expect(floor.getByTestId('floor-pool-assigned')).toHaveText('0');
  await expect(floor.getByTestId('floor-pool-dialing')).toHaveText('0');
  await expect(floor.getByTestId('floor-row-ana').locator('[data-col="dials"]')).toHaveText(
    String(byRep('ana')),
  );
  await context.close();
});
