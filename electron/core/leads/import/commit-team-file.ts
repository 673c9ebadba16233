import type { ImportIssue, ImportReport, MappingOverride } from '../../../../shared/domain/import';
import type { TeamImporter } from '../../team/imports';
import type { ImportJob } from './import-job';

/**
 * A received file into a team campaign: the hub imports it all or nothing with the same importer,
 * reading it as the wizard's review showed it, and answers the local import's report.
 */
export function commitTeamFile(
  importer: TeamImporter,
  job: ImportJob,
  mappingOverride: MappingOverride | undefined,
  dateTimeZone: string,
): Promise<{ report: ImportReport; issues: ImportIssue[] }> {
  return importer({
    filePath: job.upload.path,
    fileName: job.fileName,
    campaignId: job.options.campaignId,
    defaultCountry: job.defaultCountry,
    dateTimeZone,
    ...(mappingOverride ? { mappingOverride } : {}),
    ...(job.options.dateOrder ? { dateOrder: job.options.dateOrder } : {}),
    ...(job.options.phoneAcceptance ? { phoneAcceptance: job.options.phoneAcceptance } : {}),
  });
}
