import type { ReportState } from './use-kpi-report';

/** Which zone cut the days: the report says it, so a team across zones reads the same week. */
export function ReportZone({ state, owner }: { state: ReportState; owner: string }) {
  if (state.status !== 'ready') return <>Days and weeks in {owner} time zone.</>;
  return (
    <>
      Days and weeks in <strong data-testid="report-time-zone">{state.report.timeZone}</strong>,{' '}
      {owner} time zone. ISO weeks start on Monday.
    </>
  );
}
