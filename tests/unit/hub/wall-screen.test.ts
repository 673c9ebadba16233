import http from 'node:http';
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupervisorClient } from '../../../electron/core/floor/client/supervisor-client';
import { HubConnection } from '../../../electron/core/floor/outbox/hub-connection';
import { MemoryOutbox } from '../../support/memory-outbox';
import type { Hub } from '../../../electron/hub/server/start-hub';
import { WALL_CSP } from '../../../electron/hub/wall/wall-csp';
import { WALL_SCRIPT } from '../../../electron/hub/wall/wall-page';
import { chromiumPath } from '../../support/chromium';
import { makeTempDir } from '../../support/temp-dir';
import { stateBody, zoneAtMidday } from './support/floor-events';
import { SseReader } from './support/sse-reader';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

let temp: ReturnType<typeof makeTempDir>;
let hub: Hub;
let rep: HubConnection;
let seq = 0;

async function publishState(body: ReturnType<typeof stateBody>): Promise<void> {
  seq = (await rep.publish(body)).seq;
  await rep.delivered(seq);
}

function get(
  url: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      })
      .on('error', reject);
  });
}

beforeEach(async () => {
  temp = makeTempDir('dialdeck-wall-');
  ({ hub } = await startTestHub(temp.dir));
  rep = new HubConnection({
    hubUrl: hub.url,
    repId: 'ana',
    repName: 'Ana',
    timeZone: zoneAtMidday(Date.now()),
    credential: { teamToken: TEAM_TOKEN },
    outbox: new MemoryOutbox(),
  });
  rep.start();
  await publishState(stateBody('connected', Date.now() - 70_000));
});
afterEach(async () => {
  await rep.stop();
  await hub.close();
  temp.remove();
});

describe('wall screen', () => {
  it('opens with a wall token only: the team token’s old address and a revoked one say how to get a new one', async () => {
    expect(hub.wallUrl).not.toContain(TEAM_TOKEN);
    const old = await get(`${hub.url}/wall?token=${encodeURIComponent(TEAM_TOKEN)}`);
    expect(old.status).toBe(401);
    expect(old.body).toContain('carries the team token, which no longer opens the wall');
    expect(old.body).toContain('Floor › Wall screens › New address');
    expect((await get(`${hub.url}/wall/events?token=${TEAM_TOKEN}`)).status).toBe(401);

    const tv = await hub.walls.create('Sales floor TV', 'Sam', Date.now());
    expect((await get(tv.url)).status).toBe(200);
    expect(hub.walls.list().map((token) => [token.label, token.revokedAt])).toEqual([
      ['Wall screen', null],
      ['Sales floor TV', null],
    ]);
    expect(await hub.walls.revoke(tv.id, 'Sam', Date.now())).toMatchObject({ ok: true });
    const revoked = await get(tv.url);
    expect(revoked.status).toBe(401);
    expect(revoked.body).toMatch(/^This wall screen address was revoked on \d{4}-/);
    // The other screen keeps working.
    expect((await get(hub.wallUrl)).status).toBe(200);
    expect(await hub.walls.revoke(tv.id, 'Sam', Date.now())).toMatchObject({
      ok: false,
      error: { message: 'That wall screen token was already revoked.' },
    });
  });

  it('lets a supervisor client list, make and revoke wall screen addresses', async () => {
    const client = new SupervisorClient({ hubUrl: hub.url, teamToken: TEAM_TOKEN });
    client.start();
    await client.whenView(() => true);
    const made = await client.createWallToken('Break room', 'Sam');
    expect(made).toMatchObject({ ok: true, value: { label: 'Break room', createdBy: 'Sam' } });
    const url = made.ok ? made.value.url : '';
    expect((await get(url)).status).toBe(200);
    const listed = await client.wallTokens();
    expect(listed.ok && listed.value.map((token) => token.label)).toEqual([
      'Wall screen',
      'Break room',
    ]);
    const id = made.ok ? made.value.id : '';
    expect(await client.revokeWallToken(id, 'Sam')).toMatchObject({
      ok: true,
      value: { id, revokedBy: 'Sam' },
    });
    expect((await get(url)).status).toBe(401);
    await client.stop();
  });

  it('serves the floor with a strict CSP, and its script and style without inline code', async () => {
    const page = await get(hub.wallUrl);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(WALL_CSP);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toMatch(
      /<tr data-testid="floor-row-ana" data-state="connected" class="cat-incall band-2">/,
    );
    expect(page.body).not.toMatch(/<script>|<style>|\sstyle="|\son\w+="/);

    const script = await get(`${hub.url}/wall.js`);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe(WALL_SCRIPT);
  });

  it('streams a new floor to the wall when a rep’s state changes', async () => {
    const { reader, status, headers } = await SseReader.open(
      hub.wallUrl.replace('/wall?', '/wall/events?'),
    );
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(await reader.next()).toContain('data-state="connected"');
    await publishState(stateBody('paused', Date.now(), { pauseCode: 'break' }));
    const paused = await reader.until((html) => html.includes('data-state="paused"'));
    expect(paused).toMatch(
      /<tr data-testid="floor-row-ana" data-state="paused" class="cat-paused band-0">/,
    );
    reader.close();
  });

  it('reads across a room on a 1920×1080 TV: text ≥ 16 px, large numbers, the state as a coloured chip on a dark row', async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(hub.wallUrl);
      await page.locator('[data-testid="floor-row-ana"]').waitFor();
      // All in one turn of the page: its script swaps the floor's HTML on every push, so an
      // element found in one call may be gone by the next. (No DOM types here: hence the cast.)
      const styles = await page.evaluate(
        (selectors) => {
          const dom = globalThis as unknown as {
            document: { querySelector(selector: string): unknown };
            getComputedStyle(of: unknown): { fontSize: string; backgroundColor: string };
          };
          return selectors.map((selector) => {
            const style = dom.getComputedStyle(dom.document.querySelector(selector));
            return { fontSize: parseFloat(style.fontSize), background: style.backgroundColor };
          });
        },
        [
          '[data-testid="floor-row-ana"] td.rep',
          '[data-testid="floor-row-ana"] td.state',
          '[data-testid="floor-team-dials"] .value',
          '[data-testid="floor-team-dials"] .label',
        ],
      );
      const [rep, state, stat, label] = styles as [
        (typeof styles)[number],
        (typeof styles)[number],
        (typeof styles)[number],
        (typeof styles)[number],
      ];
      expect(rep.fontSize).toBeGreaterThanOrEqual(16);
      expect(label.fontSize).toBeGreaterThanOrEqual(16);
      expect(stat.fontSize).toBeGreaterThanOrEqual(48);
      // Ana is in a call for over a minute: violet on the chip, the row itself stays dark.
      expect(state.background).toBe('rgb(238, 130, 238)');
      expect(rep.background).toBe('rgb(23, 27, 33)');
      expect(await page.locator('[data-testid="floor-row-ana"] td.state').innerText()).toBe(
        'CONNECTED',
      );
      if (process.env.DIALDECK_SCREENSHOTS) {
        await page.screenshot({ path: `${process.env.DIALDECK_SCREENSHOTS}/wall-1920x1080.png` });
      }
    } finally {
      await browser.close();
    }
  });

  it('renders and updates live in a real browser, with no CSP violation', async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(hub.wallUrl);
      await page.locator('[data-testid="floor-status"]', { hasText: 'live' }).waitFor();
      await publishState(stateBody('ringing', Date.now()));
      const row = page.locator('[data-testid="floor-row-ana"][data-state="ringing"]');
      await row.waitFor();
      expect(await row.getAttribute('class')).toBe('cat-calling band-0');
      expect(await page.locator('[data-testid="floor-table"] tbody tr').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
