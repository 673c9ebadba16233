import type { EscalationAnswerInput } from '../../../../shared/floor/escalation';
import type { TeamCampaign, TeamCampaignPatch } from '../../../../shared/domain/team-campaign';
import type { FloorAlert, FloorView } from '../../../../shared/floor/floor-view';
import type { WallToken } from '../../../../shared/floor/wall-tokens';
import type { KpiReport, KpiReportQuery } from '../../../../shared/reports/kpi-report';
import type { Result } from '../../../../shared/result';
import type { TeamImportAnswer, TeamImportFile } from '../../team/imports';

/** The floor as a supervisor's app sees it, whether it hosts the hub or follows a remote one. */
export interface FloorSource {
  /** null until the hub has sent a first view (a remote hub). */
  view(): FloorView | null;
  subscribe(listener: (view: FloorView) => void): () => void;
  acknowledgeAlert(alertId: string, by: string): Promise<Result<null>>;
  answerEscalation(
    escalationId: string,
    answer: EscalationAnswerInput,
    by: string,
  ): Promise<Result<null>>;
  alertHistory(limit: number): Promise<Result<FloorAlert[]>>;
  snoozeRep(repId: string, minutes: number, by: string): Promise<Result<null>>;
  /** Wall screens' read-only addresses: listed, made and revoked here, kept by the hub. */
  wallTokens(): Promise<Result<WallToken[]>>;
  createWallToken(label: string, by: string): Promise<Result<WallToken>>;
  revokeWallToken(tokenId: string, by: string): Promise<Result<WallToken>>;
  /** The team campaigns every rep follows: listed, made and edited here, kept by the hub. */
  teamCampaigns(): Promise<Result<TeamCampaign[]>>;
  createTeamCampaign(name: string, by: string): Promise<Result<TeamCampaign>>;
  updateTeamCampaign(
    id: string,
    version: number,
    patch: TeamCampaignPatch,
    by: string,
  ): Promise<Result<TeamCampaign>>;
  /** The team's KPI report, in the team's zone; throws a DomainError saying why it cannot. */
  kpiReport(query: KpiReportQuery): Promise<KpiReport>;
  /** Sends the file to the hub's import, all or nothing; throws why when nothing was imported. */
  importIntoTeamCampaign(file: TeamImportFile): Promise<TeamImportAnswer>;
}
