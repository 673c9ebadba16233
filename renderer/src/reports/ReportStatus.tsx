import type { ReportState } from './use-kpi-report';

/** What stands in for a report not on screen: why, in words, never an empty chart. */
export function ReportStatus({ state, what }: { state: ReportState; what: string }) {
  switch (state.status) {
    case 'idle':
      return (
        <p className="panel report-status muted" data-testid="report-idle">
          Fix the range above to see {what}.
        </p>
      );
    case 'loading':
      return (
        <p className="panel report-status muted" role="status" data-testid="report-loading">
          Reading {what}…
        </p>
      );
    case 'error':
      return (
        <p className="banner error-banner report-status" role="alert" data-testid="report-error">
          Could not read {what}: {state.message}
        </p>
      );
    case 'ready':
      return null;
  }
}
