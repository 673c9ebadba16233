import type { Disposition, DispositionFlags } from '../../../shared/domain/disposition';
import {
  computeKpiReport,
  dayBuckets,
  reportQueryProblem,
  type KpiReport,
  type KpiReportQuery,
  type ReportAttempt,
  type ReportBucket,
} from '../../../shared/reports';
import { DomainError } from '../../../shared/result';
import type { Store } from '../platform/store/store';
import { readMyReportFacts, type MyReportFacts } from './my-report-reads';

export interface MyReportsDeps {
  store: Store;
  /** Who the rep is and the zone their days are cut in (the settings). */
  rep: () => { repId: string; repName: string; timeZone: string };
  /** The outcomes the strip judges by (the same list), so a day of "My week" is that day's strip. */
  dispositions: () => readonly Disposition[];
  now: () => number;
}

/** The rep's own KPI report from the local store, in the rep's zone: it needs no hub. */
export class MyReports {
  constructor(private readonly deps: MyReportsDeps) {}

  async report(query: KpiReportQuery): Promise<KpiReport> {
    const problem = reportQueryProblem(query);
    if (problem) throw new DomainError('invalid-argument', problem);
    const { repId, repName, timeZone } = this.deps.rep();
    const days = dayBuckets(query.from, query.to, timeZone);
    const facts = await readMyReportFacts(
      this.deps.store,
      repId,
      (days[0] as ReportBucket).start,
      (days.at(-1) as ReportBucket).end,
    );
    const flagsByCode = new Map(this.deps.dispositions().map((d) => [d.code, d.flags]));
    return computeKpiReport({
      query,
      timeZone,
      attempts: reportAttemptsOf(facts, flagsByCode, repName),
      leads: facts.undialed,
      now: this.deps.now(),
    });
  }
}

/** The store's attempts as a report reads them: the strip's judgement of each outcome. */
function reportAttemptsOf(
  facts: MyReportFacts,
  flagsByCode: ReadonlyMap<string, DispositionFlags>,
  repName: string,
): ReportAttempt[] {
  return facts.attempts.map((attempt) => {
    const lead = facts.leads.get(attempt.leadId);
    // An outcome kept on a call no person answered is not a contact, whatever its flags say.
    const flags =
      attempt.outcomeCode === null || attempt.notOnTheLine
        ? undefined
        : flagsByCode.get(attempt.outcomeCode);
    return {
      attemptId: attempt.id,
      repId: attempt.repId,
      repName,
      leadKey: String(attempt.leadId),
      source: lead?.source ?? null,
      campaignId: attempt.campaignId,
      campaignName: facts.campaignNames.get(attempt.campaignId) ?? null,
      startedAt: attempt.startedAt,
      answeredAt: attempt.answeredAt,
      endedAt: attempt.endedAt,
      recordedAt: attempt.recordedAt,
      talkSeconds: attempt.talkSeconds,
      hasOutcome: attempt.outcomeCode !== null,
      contact: flags?.contact ?? false,
      conversion: flags?.conversion ?? false,
      leadCreatedAt: lead?.createdAt ?? attempt.startedAt,
      leadFirstAttemptAt: lead?.firstAttemptAt ?? null,
    };
  });
}
