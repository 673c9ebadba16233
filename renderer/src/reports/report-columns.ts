import { KPI_TARGETS, type TargetStatus } from '../../../shared/kpi';
import type { KpiReportRow } from '../../../shared/reports/kpi-report';

/** A KPI as the screen shows it: one unit, named in the header, so a cell is a plain number. */
export interface ReportColumn {
  id: ReportColumnId;
  /** The table's header and the CSV's, unit and target included. */
  label: string;
  /** The chart's name for it, without the unit. */
  shortLabel: string;
  unit: string;
  /** The value in the column's unit (a rate in %, a time in minutes); null without a sample. */
  value: (row: KpiReportRow) => number | null;
  /** Decimals shown; the chart reads the same rounded number. */
  digits: number;
  target: ColumnTarget | null;
}

export interface ColumnTarget {
  /** In the column's unit. */
  value: number;
  /** 'atLeast': met at or above the target; 'atMost': met at or below. */
  direction: 'atLeast' | 'atMost';
  /** "30 or more", for the chart's line and a screen reader. */
  words: string;
}

export type ReportColumnId =
  | 'dials'
  | 'dialsPerRepDay'
  | 'contacts'
  | 'contactRate'
  | 'conversions'
  | 'conversionRate'
  | 'conversionRatePerLeadReached'
  | 'firstDials'
  | 'medianResponse'
  | 'shareWithin5Min'
  | 'shareWithinSla'
  | 'neverDialed'
  | 'medianClosing'
  | 'talk'
  | 'averageHandle';

const percent = (rate: number | null) => (rate === null ? null : rate * 100);
const minutes = (seconds: number | null) => (seconds === null ? null : seconds / 60);

const DIALS_TARGET = KPI_TARGETS.dialsPerRepPerDay;
const CONVERSION_TARGET = KPI_TARGETS.conversionRate * 100;
const RESPONSE_TARGET_MINUTES = KPI_TARGETS.responseTimeMs / 60_000;

/** Every column of a report table, in order: volume, then outcome rates, then speed, then time. */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  {
    id: 'dials',
    label: 'Dials',
    shortLabel: 'Dials',
    unit: '',
    value: (row) => row.dials,
    digits: 0,
    target: null,
  },
  {
    id: 'dialsPerRepDay',
    label: `Dials per rep-day (target ${DIALS_TARGET}+)`,
    shortLabel: 'Dials per rep-day',
    unit: '',
    value: (row) => row.dialsPerRepDay,
    digits: 1,
    target: { value: DIALS_TARGET, direction: 'atLeast', words: `${DIALS_TARGET} or more` },
  },
  {
    id: 'contacts',
    label: 'Contacts',
    shortLabel: 'Contacts',
    unit: '',
    value: (row) => row.contacts,
    digits: 0,
    target: null,
  },
  {
    id: 'contactRate',
    label: 'Contact rate (%)',
    shortLabel: 'Contact rate',
    unit: '%',
    value: (row) => percent(row.contactRate),
    digits: 1,
    target: null,
  },
  {
    id: 'conversions',
    label: 'Conversions',
    shortLabel: 'Conversions',
    unit: '',
    value: (row) => row.conversions,
    digits: 0,
    target: null,
  },
  {
    id: 'conversionRate',
    label: `Conversion rate (%, target ${CONVERSION_TARGET}+)`,
    shortLabel: 'Conversion rate',
    unit: '%',
    value: (row) => percent(row.conversionRate),
    digits: 1,
    target: {
      value: CONVERSION_TARGET,
      direction: 'atLeast',
      words: `${CONVERSION_TARGET} % or more`,
    },
  },
  {
    id: 'conversionRatePerLeadReached',
    label: 'Conversions per lead reached (%)',
    shortLabel: 'Conversions per lead reached',
    unit: '%',
    value: (row) => percent(row.conversionRatePerLeadReached),
    digits: 1,
    target: null,
  },
  {
    id: 'firstDials',
    label: 'New leads dialed',
    shortLabel: 'New leads dialed',
    unit: '',
    value: (row) => row.firstDials,
    digits: 0,
    target: null,
  },
  {
    id: 'medianResponse',
    label: `Median speed-to-lead (min, target under ${RESPONSE_TARGET_MINUTES})`,
    shortLabel: 'Median speed-to-lead',
    unit: 'min',
    value: (row) => minutes(row.medianResponseSeconds),
    digits: 1,
    target: {
      value: RESPONSE_TARGET_MINUTES,
      direction: 'atMost',
      words: `under ${RESPONSE_TARGET_MINUTES} min`,
    },
  },
  {
    id: 'shareWithin5Min',
    label: 'Dialed within 5 min (%)',
    shortLabel: 'Dialed within 5 min',
    unit: '%',
    value: (row) => percent(row.shareWithin5Min),
    digits: 1,
    target: null,
  },
  {
    id: 'shareWithinSla',
    label: 'Dialed within the SLA (%)',
    shortLabel: 'Dialed within the SLA',
    unit: '%',
    value: (row) => percent(row.shareWithinSla),
    digits: 1,
    target: null,
  },
  {
    id: 'neverDialed',
    label: 'Never dialed',
    shortLabel: 'Never dialed',
    unit: '',
    value: (row) => row.neverDialed,
    digits: 0,
    target: null,
  },
  {
    id: 'medianClosing',
    label: 'Median closing (min)',
    shortLabel: 'Median closing',
    unit: 'min',
    value: (row) => minutes(row.medianClosingSeconds),
    digits: 1,
    target: null,
  },
  {
    id: 'talk',
    label: 'Talk (min)',
    shortLabel: 'Talk',
    unit: 'min',
    value: (row) => minutes(row.talkSeconds),
    digits: 1,
    target: null,
  },
  {
    id: 'averageHandle',
    label: 'Average handle (min)',
    shortLabel: 'Average handle',
    unit: 'min',
    value: (row) => minutes(row.averageHandleSeconds),
    digits: 1,
    target: null,
  },
];

export function reportColumn(id: ReportColumnId): ReportColumn {
  const column = REPORT_COLUMNS.find((candidate) => candidate.id === id);
  if (!column) throw new Error(`No report column ${id}`);
  return column;
}

/** The value as shown and charted: rounded to the column's decimals. */
export function shownValue(column: ReportColumn, row: KpiReportRow): number | null {
  const value = column.value(row);
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** column.digits;
  return Math.round(value * scale) / scale;
}

/** Whether the shown value meets the column's target ('none' without a target or a sample). */
export function targetStatus(column: ReportColumn, value: number | null): TargetStatus {
  if (!column.target || value === null) return 'none';
  const met =
    column.target.direction === 'atLeast'
      ? value >= column.target.value
      : value <= column.target.value;
  return met ? 'on' : 'off';
}
