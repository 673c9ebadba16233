import type { KpiReportRow } from '../../../../shared/reports/kpi-report';

/** A report row with no activity; each test sets the KPIs it is about. */
export function reportRow(fields: Partial<KpiReportRow>): KpiReportRow {
  return {
    period: null,
    group: null,
    groupLabel: null,
    dials: 0,
    contacts: 0,
    conversions: 0,
    leadsReached: 0,
    contactRate: null,
    conversionRate: null,
    conversionRatePerLeadReached: null,
    firstDials: 0,
    medianResponseSeconds: null,
    shareWithin5Min: null,
    shareWithinSla: null,
    neverDialed: 0,
    medianClosingSeconds: null,
    talkSeconds: 0,
    handleSeconds: 0,
    averageHandleSeconds: null,
    repDays: 0,
    dialsPerRepDay: null,
    ...fields,
  };
}
