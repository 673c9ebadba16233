import { z } from 'zod';
import { REPORT_BREAKDOWNS, REPORT_PERIODS, reportQueryProblem } from '../reports/report-query';
import type { KpiReportQuery } from '../reports/kpi-report';
import type { ReportMethods } from './domains/reports';

type Args<M extends keyof ReportMethods> = Parameters<ReportMethods[M]>;

const reportQuerySchema: z.ZodType<KpiReportQuery> = z
  .object({
    from: z.string().max(10),
    to: z.string().max(10),
    period: z.enum(REPORT_PERIODS as [string, ...string[]]).nullable(),
    breakdown: z.enum(REPORT_BREAKDOWNS as [string, ...string[]]).nullable(),
  })
  .strict()
  .superRefine((query, context) => {
    const problem = reportQueryProblem(query as KpiReportQuery);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }) as z.ZodType<KpiReportQuery>;

/** The arguments of the reports.* methods, spread into argumentSchemas. */
export const reportArgumentSchemas: { [M in keyof ReportMethods]: z.ZodType<Args<M>> } = {
  'reports.kpis': z.tuple([reportQuerySchema]),
  'reports.myWeek': z.tuple([reportQuerySchema]),
};
