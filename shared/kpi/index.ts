export { computeKpiSnapshot } from './compute-snapshot';
export { mergeKpiSnapshots } from './merge-snapshots';
export type { KpiInput, LeadTiming } from './kpi-input';
export type { KpiSnapshot, KpiTotals } from './snapshot';
export { KPI_TARGETS, type KpiName, type KpiStatuses, type TargetStatus } from './targets';
export { localDayAt, type LocalDay } from './local-day';
export { PACE_MIN_WINDOW_MS, SHIFT_PACE_MIN_WINDOW_MS, WORKDAY_MS } from './pace';
export { workShiftOf, type WorkShift } from './work-shift';
