import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { FAR_ENDS } from '../../../scripts/sip-rig/rig-plan';
import { startSipRig } from '../../../scripts/sip-rig/start-rig';
import { DEMO_WORKDAY, startBrowserMode } from '../../e2e/browser-mode';
import { chromiumPath } from '../../support/chromium';
import { importLeads } from '../../support/import-leads';
import {
  benchResult,
  summarize,
  watchLoad,
  zeroRow,
  type BenchResult,
  type BenchRow,
} from '../bench-kit';
import { attemptTimings, type AttemptTimings } from './attempt-timings';

const CALLS = Number(process.env.BENCH_SIP_CALLS ?? 50);
const CALL_LIMIT_MS = 30_000;

/** Distinct leads in Denver on the answering far end's block (+1 303 555 0200 …). */
function benchLeads() {
  const block = FAR_ENDS.find((plan) => plan.role === 'answer')?.blockPrefix ?? '';
  return Array.from({ length: CALLS }, (_, index) => ({
    firstName: `Bench${index}`,
    lastName: 'Lead',
    phone: `${block}${String(index).padStart(2, '0')}`,
    company: 'Bench Co',
    state: 'CO',
    postalCode: '80202',
    country: 'US',
    created: DEMO_WORKDAY,
  }));
}

/** The element with this test id once its whole text matches (locators: the page's CSP allows no eval). */
function showing(page: Page, testId: string, text: RegExp) {
  return page.locator(`[data-testid="${testId}"]`, { hasText: text });
}

/**
 * "4" (not interested) until the outcome bar shows it chosen: a key pressed in the instant the
 * next call connects can land before the view takes keys for that call, and is lost.
 */
async function chooseNotInterested(page: Page): Promise<void> {
  const chosen = page.locator('[data-testid="outcome-not-interested"][aria-pressed="true"]');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('4');
    try {
      await chosen.waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Browser mode on one line, driven by the keyboard in Chromium as a rep would: Space, then for
 * each answered call "4" (not interested) and Enter (hang up, save, dial the next). The times
 * are the core's own, as the attempts were stored.
 */
async function runCalls(lineArgs: string[]): Promise<AttemptTimings> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-bench-sip-'));
  try {
    await importLeads(dataDir, benchLeads());
    const app = await startBrowserMode({
      dataDir,
      args: ['--no-demo', '--sim-clock-start', DEMO_WORKDAY, ...lineArgs],
    });
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ],
    });
    try {
      const page = await (await browser.newContext({ permissions: ['microphone'] })).newPage();
      await page.goto(app.url);
      await page.locator('[data-app-state="ready"]').waitFor();
      await page.keyboard.press('Space');
      for (let call = 1; call <= CALLS; call++) {
        // The dial count moves first, so the "connected" that follows is this call's.
        await showing(page, 'kpi-dials', new RegExp(`^${call}$`)).waitFor({
          timeout: CALL_LIMIT_MS,
        });
        await showing(page, 'call-state', /^connected$/).waitFor({ timeout: CALL_LIMIT_MS });
        await chooseNotInterested(page);
        await page.keyboard.press('Enter');
      }
      await showing(page, 'call-state', /^(?!connected$)/).waitFor();
    } finally {
      await browser.close();
      await app.stop();
    }
    return await attemptTimings(dataDir);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function lineRows(line: string, timings: AttemptTimings): BenchRow[] {
  const ringing = summarize(timings.toRinging);
  const answered = summarize(timings.toAnswered);
  return [
    { metric: `${line}: calls`, value: timings.attempts, unit: 'attempts' },
    zeroRow(`${line}: calls never answered`, timings.attempts - timings.toAnswered.length, 'calls'),
    { metric: `${line}: dial → ringing, median`, value: ringing.median, unit: 'ms' },
    { metric: `${line}: dial → ringing, p95`, value: ringing.p95, unit: 'ms' },
    { metric: `${line}: dial → answered, median`, value: answered.median, unit: 'ms' },
    { metric: `${line}: dial → answered, p95`, value: answered.p95, unit: 'ms' },
  ];
}

/**
 * `npm run bench -- sip`: dial → ringing and dial → answered over the local SIP rig (JsSIP and
 * WebRTC in Chromium, Kamailio, a baresip far end answering at once), next to the simulated
 * line at its instant speed; 50 calls each, times from the stored attempts.
 */
export async function runSipBench(): Promise<BenchResult> {
  const load = watchLoad();
  const simulated = await runCalls([
    '--sim-seed',
    '1',
    '--sim-speed',
    'instant',
    '--sim-outcomes',
    Array.from({ length: CALLS }, () => 'answer').join(','),
  ]);
  const rig = await startSipRig({ ringMs: 0 });
  let sip: AttemptTimings;
  try {
    sip = await runCalls([
      '--sip-ws-url',
      rig.wsUrl,
      '--sip-uri',
      `sip:${rig.user}@${rig.domain}`,
      '--sip-no-register',
      '--sip-caller-id',
      '+17205550100',
    ]);
  } finally {
    await rig.stop();
  }
  return benchResult('sip', [
    ...lineRows('sip (rig, far end answers at once)', sip),
    ...lineRows('simulated (instant speed)', simulated),
    load.row(),
  ]);
}
