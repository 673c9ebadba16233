import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { startTestHub } from './support/test-hub';
import type { KpiReport, KpiReportQuery } from '../../../shared/reports/kpi-report';
import { renderWeeklyPanel } from '../../../electron/hub/wall/render-weekly-panel';
import { wallPageHtml } from '../../../electron/hub/wall/wall-page';
import { weeklyPanelHtml } from '../../../electron/hub/wall/weekly-panel';
import { weeklyComparison, weeklyPanelQuery } from '../../../electron/hub/wall/weekly-weeks';
import { reportRow } from './support/report-rows';

// Monday 30 Nov 2026, 03:00 UTC: still Sunday 29 Nov (2026-W48) in New York.
const NOW = Date.UTC(2026, 10, 30, 3, 0);
const ZONE = 'America/New_York';

const LAST_WEEK = reportRow({
  period: '2026-W47',
  dials: 240,
  contacts: 40,
  conversions: 6,
  contactRate: 40 / 240,
  conversionRate: 6 / 40,
  medianResponseSeconds: 1_500,
  shareWithinSla: 0.8,
  dialsPerRepDay: 24,
});

const THIS_WEEK = reportRow({
  period: '2026-W48',
  dials: 310,
  contacts: 50,
  conversions: 12,
  contactRate: 50 / 310,
  conversionRate: 12 / 50,
  medianResponseSeconds: 2_700,
  shareWithinSla: 0.8,
  dialsPerRepDay: 31,
});

function report(query: KpiReportQuery): KpiReport {
  return {
    query,
    timeZone: ZONE,
    rows: [LAST_WEEK, THIS_WEEK],
    totals: reportRow({ dials: 550 }),
    generatedAt: NOW,
  };
}

/** The tile's text with the tags taken out and the spaces squeezed. */
function tileText(html: string, id: string): string {
  const tile = new RegExp(`data-testid="wall-weekly-${id}">(.*?)</div>`).exec(html)?.[1] ?? '';
  return tile
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/\s+/g, ' ')
    .trim();
}

describe("the wall's weekly panel", () => {
  it('asks for last ISO week and this one, whole, in the team’s zone', () => {
    expect(weeklyPanelQuery(NOW, ZONE)).toEqual({
      from: '2026-11-16',
      to: '2026-11-29',
      period: 'week',
      breakdown: null,
    });
    expect(weeklyPanelQuery(NOW, 'Europe/Berlin').from).toBe('2026-11-23');
  });

  it('shows this week against last week for each key KPI, the arrow green when better', () => {
    const html = renderWeeklyPanel(weeklyComparison(report(weeklyPanelQuery(NOW, ZONE)), NOW));
    expect(html).toContain('2026-W48 vs 2026-W47 · days in America/New_York');
    expect(tileText(html, 'dials')).toBe('Dials 310 ▲ last week 240');
    expect(tileText(html, 'dials-per-rep-day')).toBe(
      'Dials per rep-day target 30+ 31.0 ▲ last week 24.0',
    );
    expect(tileText(html, 'conversion-rate')).toBe('Conv. rate target 20 %+ 24 % ▲ last week 15 %');
    expect(tileText(html, 'speed-to-lead')).toBe(
      'Speed-to-lead target < 1 h 45 min ▲ last week 25 min',
    );
    expect(tileText(html, 'within-sla')).toBe('Within SLA 80 % last week 80 %');
    expect(html).toMatch(/class="trend better" role="img" aria-label="better than last week">▲/);
    // A slower response is worse, though the number went up.
    expect(html).toMatch(/class="trend worse" role="img" aria-label="worse than last week">▲/);
  });

  it('says a week with nothing in it as dashes, with no arrow', () => {
    const empty = { ...report(weeklyPanelQuery(NOW, ZONE)), rows: [THIS_WEEK] };
    const html = renderWeeklyPanel(weeklyComparison(empty, NOW));
    expect(tileText(html, 'dials')).toBe('Dials 310 last week –');
  });

  it('says in the panel when the report cannot be read, and the page carries it above the floor', async () => {
    const failing = {
      timeZone: ZONE,
      kpis: () => Promise.reject(new Error('the database did not answer')),
    };
    const panel = await weeklyPanelHtml(failing, NOW);
    expect(panel).toContain('The weekly numbers could not be read: the database did not answer');
    const page = wallPageHtml('<section>floor</section>', 'Team floor', panel);
    expect(page.indexOf('id="weekly"')).toBeLessThan(page.indexOf('id="floor"'));
    expect(wallPageHtml('<section>floor</section>', 'Team floor')).not.toContain('id="weekly"');
  });

  it('reads the team’s totals by week: no rep and no prospect is named on the wall', async () => {
    const asked: KpiReportQuery[] = [];
    const source = {
      timeZone: ZONE,
      kpis: (query: KpiReportQuery) => {
        asked.push(query);
        return Promise.resolve(report(query));
      },
    };
    const panel = await weeklyPanelHtml(source, NOW);
    expect(asked).toEqual([weeklyPanelQuery(NOW, ZONE)]);
    expect(asked[0]?.breakdown).toBeNull();
    expect(tileText(panel, 'conversions')).toBe('Conversions 12 ▲ last week 6');
  });
});

describe("the hub's wall with and without the weekly panel", () => {
  it('is off by default, on with &weekly=1, and /wall/weekly serves it to a wall token only', async () => {
    const temp = makeTempDir('dialdeck-wall-weekly-');
    const { hub } = await startTestHub(temp.dir);
    try {
      const plain = await fetch(hub.wallUrl).then((response) => response.text());
      expect(plain).toContain('data-testid="floor-wall"');
      expect(plain).not.toContain('wall-weekly');

      const weekly = await fetch(`${hub.wallUrl}&weekly=1`).then((response) => response.text());
      expect(weekly).toMatch(/<div id="weekly" data-refresh-ms="300000">\n<section class="weekly"/);
      expect(weekly).toContain(`days in ${hub.reports.timeZone}`);
      expect(weekly.indexOf('id="weekly"')).toBeLessThan(weekly.indexOf('id="floor"'));

      const panel = await fetch(hub.wallUrl.replace('/wall?', '/wall/weekly?'));
      expect(panel.status).toBe(200);
      expect(await panel.text()).toMatch(/^<section class="weekly" data-testid="wall-weekly"/);
      const refused = await fetch(`${hub.url}/wall/weekly?token=nope`);
      expect(refused.status).toBe(401);
    } finally {
      await hub.close();
      temp.remove();
    }
  });
});
