import { describe, expect, it } from 'vitest';
import { reportCsv, reportFileName } from '../../../../renderer/src/reports/report-csv';
import { reportTable } from '../../../../renderer/src/reports/report-table';
import { groupLabel } from '../../../../renderer/src/reports/chart-points';
import { reportRow } from './report-rows';

const ANA = reportRow({
  group: 'ana',
  groupLabel: 'Ana Ruiz',
  dials: 62,
  contacts: 20,
  conversions: 5,
  leadsReached: 18,
  contactRate: 20 / 62,
  conversionRate: 0.25,
  conversionRatePerLeadReached: 5 / 18,
  firstDials: 12,
  medianResponseSeconds: 754,
  shareWithin5Min: 0.5,
  shareWithinSla: 11 / 12,
  neverDialed: 1,
  medianClosingSeconds: 3_600 * 26,
  talkSeconds: 3_725,
  handleSeconds: 5_000,
  averageHandleSeconds: 250,
  repDays: 2,
  dialsPerRepDay: 31,
});

const NOBODY_REACHED = reportRow({
  group: '=cmd',
  groupLabel: '=HYPERLINK("x")',
  dials: 4,
  contactRate: 0,
  repDays: 1,
  dialsPerRepDay: 4,
  talkSeconds: 0,
});

const TOTALS = reportRow({
  dials: 66,
  contacts: 20,
  conversions: 5,
  contactRate: 20 / 66,
  conversionRate: 0.25,
  repDays: 3,
  dialsPerRepDay: 22,
  talkSeconds: 3_725,
});

const table = reportTable('Rep', [ANA, NOBODY_REACHED], TOTALS, groupLabel);

function cells(row: { cells: { column: string; text: string; status: string }[] }) {
  return Object.fromEntries(row.cells.map((cell) => [cell.column, `${cell.text} ${cell.status}`]));
}

describe('a report table as shown', () => {
  it('writes each KPI in its column’s unit, rounded, judged against its target', () => {
    expect(table.rows[0]?.label).toBe('Ana Ruiz');
    expect(cells(table.rows[0]!)).toEqual({
      dials: '62 none',
      dialsPerRepDay: '31.0 on',
      contacts: '20 none',
      contactRate: '32.3 none',
      conversions: '5 none',
      conversionRate: '25.0 on',
      conversionRatePerLeadReached: '27.8 none',
      firstDials: '12 none',
      medianResponse: '12.6 on',
      shareWithin5Min: '50.0 none',
      shareWithinSla: '91.7 none',
      neverDialed: '1 none',
      medianClosing: '1560.0 none',
      talk: '62.1 none',
      averageHandle: '4.2 none',
    });
  });

  it('shows a KPI with no sample as a dash, never as zero, and judges it nowhere', () => {
    const row = cells(table.rows[1]!);
    expect(row.conversionRate).toBe('– none');
    expect(row.medianResponse).toBe('– none');
    expect(row.contactRate).toBe('0.0 none');
    expect(row.dialsPerRepDay).toBe('4.0 off');
  });

  it('ends with the totals row', () => {
    expect(table.totals.label).toBe('Total');
    expect(cells(table.totals).dialsPerRepDay).toBe('22.0 off');
  });

  it('names the unit and the target in the headers', () => {
    expect(table.columns.map((column) => column.label)).toContain(
      'Median speed-to-lead (min, target under 60)',
    );
    expect(table.columns.map((column) => column.label)).toContain(
      'Conversion rate (%, target 20+)',
    );
    expect(table.columns.map((column) => column.label)).toContain('Dials per rep-day (target 30+)');
  });
});

describe('the CSV of a report table', () => {
  const lines = reportCsv(table).split('\r\n');

  it('is the table cell for cell: header, rows, total; a dash is an empty cell', () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      [
        'Rep',
        'Dials',
        'Dials per rep-day (target 30+)',
        'Contacts',
        'Contact rate (%)',
        'Conversions',
        '"Conversion rate (%, target 20+)"',
        'Conversions per lead reached (%)',
        'New leads dialed',
        '"Median speed-to-lead (min, target under 60)"',
        'Dialed within 5 min (%)',
        'Dialed within the SLA (%)',
        'Never dialed',
        'Median closing (min)',
        'Talk (min)',
        'Average handle (min)',
      ].join(','),
    );
    expect(lines[1]).toBe(
      'Ana Ruiz,62,31.0,20,32.3,5,25.0,27.8,12,12.6,50.0,91.7,1,1560.0,62.1,4.2',
    );
    expect(lines[3]).toBe('Total,66,22.0,20,30.3,5,25.0,,0,,,,0,,62.1,');
  });

  it('keeps a name a spreadsheet would run as a formula as text', () => {
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",4,4.0,0,0.0,0,,,0,,,,0,,0.0,`);
  });

  it('is saved under a name saying what and which days', () => {
    expect(reportFileName('by-source', '2026-10-05', '2026-11-24')).toBe(
      'dialdeck-report-by-source-2026-10-05-to-2026-11-24.csv',
    );
  });
});
