import { useCallback, useEffect, useState } from 'react';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import type { KpiReport, KpiReportQuery } from '../../../shared/reports/kpi-report';
import type { Result } from '../../../shared/result';
import { getBridge } from '../bridge/get-bridge';

/** Where a report comes from: the team's on the hub, or the rep's own from the local store. */
export type ReportSource = 'team' | 'mine';

export type ReportState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: KpiReport };

export interface LoadedReport {
  state: ReportState;
  /** Reads the same query again (a report is a snapshot: new dials show after a refresh). */
  refresh: () => void;
}

type Reader = (api: DialdeckApi, query: KpiReportQuery) => Promise<Result<KpiReport>>;

const READERS: Record<ReportSource, Reader> = {
  team: (api, query) => api.reports.kpis(query),
  mine: (api, query) => api.reports.myWeek(query),
};

interface Answer {
  request: string;
  state: ReportState;
}

/** The report for a query; null (a range still being fixed) asks for nothing. */
export function useKpiReport(source: ReportSource, query: KpiReportQuery | null): LoadedReport {
  const [version, setVersion] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = query === null ? null : JSON.stringify(query);
  const request = `${source} ${version} ${key}`;
  useEffect(() => {
    if (key === null) return;
    let active = true;
    const settle = (state: ReportState) => active && setAnswer({ request, state });
    READERS[source](getBridge(), JSON.parse(key) as KpiReportQuery).then(
      (result) =>
        settle(
          result.ok
            ? { status: 'ready', report: result.value }
            : { status: 'error', message: result.error.message },
        ),
      (error: Error) => settle({ status: 'error', message: error.message }),
    );
    return () => {
      active = false;
    };
  }, [source, key, request]);
  const refresh = useCallback(() => setVersion((current) => current + 1), []);
  if (key === null) return { state: { status: 'idle' }, refresh };
  // Only the answer to the latest request counts; until it comes, the report is loading.
  const state = answer?.request === request ? answer.state : { status: 'loading' as const };
  return { state, refresh };
}
