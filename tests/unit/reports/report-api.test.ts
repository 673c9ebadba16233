import { describe, expect, it } from 'vitest';
import { fetchKpiReport } from '../../../electron/core/floor/client/fetch-kpi-report';
import { startHub, type Hub } from '../../../electron/hub/server/start-hub';
import { REPORT_CSV_COLUMNS, type KpiReport } from '../../../shared/reports';
import { ADAPTERS, useHubDatabases } from '../../support/hub-db-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { expectRow, expectRows } from './expect-rows';
import { seedWeek } from './hub-report-db';
import { NEW_YORK_BY_SOURCE, NEW_YORK_TOTALS } from './report-hand-figures';
import { FROM, TEAM_ZONE, TO, attemptEvents } from './week-fixture';

const TOKEN = 'team-token-for-report-tests-0123';

describe.each(ADAPTERS)('GET /api/reports/kpis (%s database)', (kind) => {
  const databases = useHubDatabases(kind);

  /** A hub in New York on a database that holds the week. */
  const hubWithWeek = async (): Promise<Hub> => {
    const place = await databases.place();
    const seeding = await databases.openAt(place);
    await seedWeek(seeding, attemptEvents());
    await seeding.close();
    const folder = makeTempDir('dialdeck-report-api-');
    databases.onCleanup(folder.remove);
    const hub = await startHub({
      dataDir: 'dataDir' in place ? place.dataDir : folder.dir,
      ...('url' in place ? { database: { kind: 'server' as const, url: place.url } } : {}),
      teamToken: TOKEN,
      port: 0,
      timeZone: TEAM_ZONE,
    });
    databases.onCleanup(() => hub.close());
    return hub;
  };

  const get = (hub: Hub, query: string, headers: Record<string, string> = {}) =>
    fetch(`${hub.url}/api/reports/kpis?${query}`, {
      headers: { authorization: `Bearer ${TOKEN}`, ...headers },
    });

  it('answers the report as JSON, the KPIs by name, and its rows as CSV when asked', async () => {
    const hub = await hubWithWeek();
    const json = await get(hub, `from=${FROM}&to=${TO}&by=source`);
    expect(json.status).toBe(200);
    const report = (await json.json()) as KpiReport;
    expect(report.query).toEqual({ from: FROM, to: TO, period: null, breakdown: 'source' });
    expect(report.timeZone).toBe(TEAM_ZONE);
    expectRows(report.rows, NEW_YORK_BY_SOURCE);
    expectRow(report.totals, NEW_YORK_TOTALS);

    const csv = await get(hub, `from=${FROM}&to=${TO}&by=source`, { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(',event,event,3,0,0,0,0,,,2,420,0.5,1,0,,120,0,,3,1');
    expect(lines.slice(2)).toHaveLength(3);
    expect(lines.at(-1)).toBe('');
  });

  it('splits each week by a group with breakdown=', async () => {
    const hub = await hubWithWeek();
    const response = await get(hub, `from=${FROM}&to=${TO}&by=week&breakdown=rep`);
    const report = (await response.json()) as KpiReport;
    expect(report.rows.map((row) => `${row.period} ${row.groupLabel} ${row.dials}`)).toEqual([
      '2026-W10 Ana 3',
      '2026-W10 Ben 3',
      '2026-W10 Cy 0',
      '2026-W11 Ana 1',
      '2026-W11 Ben 0',
      '2026-W11 Cy 3',
    ]);
  });

  it('refuses bad input with a 400 that says what to fix, and a missing token with a 401', async () => {
    const hub = await hubWithWeek();
    const refusals: [string, string, RegExp][] = [
      [`from=${TO}&to=${FROM}&by=day`, 'to', /runs backwards/],
      ['from=2024-01-01&to=2026-01-02&by=week', 'to', /at most two years/],
      ['from=2026-02-30&to=2026-03-05&by=day', 'from', /not "2026-02-30"/],
      ['from=2026-03-05&to=2026-3-6&by=day', 'to', /YYYY-MM-DD/],
      [`from=${FROM}&to=${TO}&by=month`, 'by', /Unknown grouping "month"/],
      [`from=${FROM}&to=${TO}`, 'by', /Give a grouping/],
      [`to=${TO}&by=day`, 'from', /from=YYYY-MM-DD/],
      [`from=${FROM}&to=${TO}&by=rep&breakdown=source`, 'breakdown', /by=day or by=week/],
      [`from=${FROM}&to=${TO}&by=week&breakdown=team`, 'breakdown', /Unknown breakdown/],
    ];
    for (const [query, field, message] of refusals) {
      const response = await get(hub, query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as {
        error: { code: string; message: string; fields: { field: string }[] };
      };
      expect(body.error.code, query).toBe('invalid-query');
      expect(body.error.message, query).toMatch(message);
      expect(body.error.fields[0]?.field, query).toBe(field);
    }
    const noToken = await fetch(`${hub.url}/api/reports/kpis?from=${FROM}&to=${TO}&by=day`);
    expect(noToken.status).toBe(401);
    const wrongToken = await get(hub, `from=${FROM}&to=${TO}&by=day`, {
      authorization: 'Bearer not-the-team-token',
    });
    expect(wrongToken.status).toBe(401);
  });

  it("reaches a supervisor's app that follows the hub over the API, with the hub's refusals", async () => {
    const hub = await hubWithWeek();
    const request = { hubUrl: `http://127.0.0.1:1,${hub.url}`, teamToken: TOKEN };
    const trend = await fetchKpiReport({
      ...request,
      query: { from: FROM, to: TO, period: 'week', breakdown: 'source' },
    });
    expect(trend.rows).toHaveLength(6);
    expectRow(trend.totals, NEW_YORK_TOTALS);
    await expect(
      fetchKpiReport({ ...request, query: { from: TO, to: FROM, period: 'day', breakdown: null } }),
    ).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/backwards/),
    });
    await expect(
      fetchKpiReport({
        hubUrl: hub.url,
        teamToken: 'not-the-team-token-at-all',
        query: { from: FROM, to: TO, period: null, breakdown: null },
      }),
    ).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/team token/) });
  });

  it('serves the same report in-process to the supervisor app that hosts the hub', async () => {
    const hub = await hubWithWeek();
    const report = await hub.reports.kpis({ from: FROM, to: TO, period: null, breakdown: null });
    expectRow(report.totals, NEW_YORK_TOTALS);
    await expect(
      hub.reports.kpis({ from: TO, to: FROM, period: 'day', breakdown: null }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
