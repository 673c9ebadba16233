import type { ReactNode } from 'react';
import type { KpiReport } from '../../../shared/reports/kpi-report';
import { ReportStatus } from './ReportStatus';
import type { ReportState } from './use-kpi-report';

interface ReportSectionProps {
  state: ReportState;
  /** "the team's trend": said while it loads, or when it cannot be read. */
  what: string;
  children: (report: KpiReport) => ReactNode;
}

/** A part of a report: drawn once it is read, else why it is not there yet. */
export function ReportSection({ state, what, children }: ReportSectionProps) {
  if (state.status !== 'ready') return <ReportStatus state={state} what={what} />;
  return children(state.report);
}
