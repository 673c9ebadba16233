import type { AttemptLogEntry } from '../../domain/attempt';
import type { Disposition } from '../../domain/disposition';
import type { KpiSnapshot } from '../../kpi';

export type CampaignDispositions = Record<string, Disposition[]>;

export interface CallScriptSource {
  campaignId: string;
  markdown: string;
}

/** Dispositions, the personal KPI strip, the call log and the campaign's call script. */
export interface OutcomeMethods {
  'dispositions.list': () => Disposition[];
  /** Replaces the editable dispositions (codes unique, hotkeys 1–9 unique). */
  'dispositions.update': (dispositions: Disposition[]) => Disposition[];
  /** The outcomes of campaigns that have their own (the team's), by campaign id. */
  'dispositions.byCampaign': () => CampaignDispositions;
  /** Today's KPIs for this rep, in the rep's time zone. */
  'kpi.today': () => KpiSnapshot;
  /** This rep's attempts today, newest first, with each lead's name and number. */
  'attempts.today': () => AttemptLogEntry[];
  'scripts.forCampaign': (campaignId: string) => CallScriptSource;
}

export interface OutcomeEvents {
  'kpi.changed': KpiSnapshot;
  'dispositions.changed': Disposition[];
  'dispositions.campaignsChanged': CampaignDispositions;
}
