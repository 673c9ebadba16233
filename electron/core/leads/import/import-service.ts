import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../../shared/clock';
import {
  IMPORT_MAX_CHUNK_BYTES,
  IMPORT_MAX_FILE_BYTES,
  type ImportBegun,
  type ImportChunkReceived,
  type ImportIssue,
  type ImportOptions,
  type ImportPreview,
  type ImportProgressEvent,
  type ImportReport,
  type MappingOverride,
} from '../../../../shared/domain/import';
import type { PublicSettings } from '../../../../shared/domain/settings';
import { DomainError } from '../../../../shared/result';
import { checkDefaultCountry } from './pipeline/file-setup';
import { NoPhoneColumnError } from './pipeline/no-phone-column';
import { previewLeadFile } from './pipeline/preview-lead-file';
import { importIssuesToCsv } from './report/import-report-csv';
import { CampaignRepository } from '../../campaigns';
import { ImportStagingRepository } from './import-staging-repository';
import { MappingRepository } from './mapping-repository';
import { SerialQueue } from '../../platform/concurrency/serial-queue';
import type { Store } from '../../platform/store/store';
import type { TeamImporter } from '../../team/imports';
import { commitLeadFile } from './commit-lead-file';
import { commitTeamFile } from './commit-team-file';
import type { ImportJob } from './import-job';
import { checkImportSize } from './import-size';
import { progressThrottle } from './progress-throttle';
import { removeLeftoverUploads, UploadFile } from './upload-file';

export interface ImportServiceDeps {
  store: Store;
  clock: Clock;
  dataDir: string;
  settings: () => Pick<PublicSettings, 'repCountry' | 'repTimeZone'>;
  onProgress: (event: ImportProgressEvent) => void;
  /** After a commit is durable: the queue's campaign cache and views follow. */
  onCommitted: (report: ImportReport) => void;
  newImportId?: () => string;
  /** The hub a supervisor's app hosts or follows, for a team campaign; null for anyone else. */
  teamImporter?: () => TeamImporter | null;
  /** Bytes read per step of the commit (smaller steps, shorter stalls of the main thread). */
  readChunkBytes?: number;
}

/** Imports not yet committed or cancelled that may be open at once. */
const MAX_OPEN_IMPORTS = 4;
/** Committed imports whose report CSV is kept in memory. */
const KEPT_REPORTS = 10;
const PREVIEW_ROWS = 10;
const DEFAULT_READ_CHUNK_BYTES = 64 * 1024;

/**
 * Lead files in, for the UI and the CLI: an upload in chunks to the data folder, a preview with
 * the remembered mapping, and an all-or-nothing commit (stageLeadFile, then one atomic move).
 * One commit runs at a time, so two imports never race for the same numbers.
 */
export class ImportService {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly commits = new SerialQueue();
  private readonly committed: string[] = [];

  constructor(private readonly deps: ImportServiceDeps) {}

  /** Drops what an import left behind when the app stopped midway (uploads, staged rows). */
  async start(): Promise<void> {
    removeLeftoverUploads(this.deps.dataDir);
    if (await ImportStagingRepository.hasLeftovers(this.deps.store)) {
      await this.deps.store.write(ImportStagingRepository.dropStatement());
    }
  }

  async begin(fileName: string, sizeBytes: number, options: ImportOptions): Promise<ImportBegun> {
    if (sizeBytes === 0) throw new DomainError('invalid-argument', `${fileName} is empty.`);
    checkImportSize(fileName, sizeBytes);
    const open = [...this.jobs.values()].filter((job) =>
      ['receiving', 'received', 'committing'].includes(job.state),
    );
    if (open.length >= MAX_OPEN_IMPORTS) {
      throw new DomainError(
        'conflict',
        `${open.length} imports are already open; finish or cancel one first.`,
      );
    }
    const defaultCountry =
      checkDefaultCountry(options.defaultCountry ?? this.deps.settings().repCountry) ?? 'US';
    if (options.into === 'team') this.teamImporter();
    else await this.assertOwnCampaign(options.campaignId);
    const id = (this.deps.newImportId ?? randomUUID)();
    const upload = await UploadFile.create(this.deps.dataDir, id, sizeBytes);
    this.jobs.set(id, {
      id,
      fileName,
      options,
      defaultCountry,
      upload,
      state: 'receiving',
      abort: null,
      moving: false,
      preview: null,
      report: null,
      issues: [],
    });
    return {
      importId: id,
      maxChunkBytes: IMPORT_MAX_CHUNK_BYTES,
      maxFileBytes: IMPORT_MAX_FILE_BYTES,
    };
  }

  async chunk(importId: string, base64: string): Promise<ImportChunkReceived> {
    const job = this.job(importId);
    if (job.state !== 'receiving') {
      throw new DomainError('conflict', `The import of ${job.fileName} is not receiving chunks.`);
    }
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.byteLength > IMPORT_MAX_CHUNK_BYTES) {
      throw new DomainError('invalid-argument', 'A chunk may hold at most 512 KB.');
    }
    const receivedBytes = await job.upload.append(bytes);
    if (job.upload.complete && job.state === 'receiving') job.state = 'received';
    return { receivedBytes, totalBytes: job.upload.sizeBytes };
  }

  async preview(importId: string): Promise<ImportPreview> {
    const job = this.job(importId);
    this.assertReceived(job);
    job.preview ??= await this.readPreview(job);
    return {
      ...job.preview.file,
      importId,
      fileName: job.fileName,
      remembered: job.preview.remembered,
    };
  }

  /** Imports the whole file or nothing; answers with the report once the leads are durable. */
  async commit(importId: string, override: MappingOverride | null): Promise<ImportReport> {
    const job = this.job(importId);
    this.assertReceived(job);
    job.state = 'committing';
    job.abort = new AbortController();
    return this.commits.run(() => this.runCommit(job, override));
  }

  async cancel(importId: string): Promise<void> {
    const job = this.job(importId);
    switch (job.state) {
      case 'receiving':
      case 'received':
        job.state = 'canceled';
        await job.upload.remove();
        return;
      case 'committing':
        if (job.moving) {
          throw new DomainError('conflict', 'Too late to cancel: the leads are being saved.');
        }
        job.abort?.abort(canceled());
        return;
      case 'committed':
        throw new DomainError('conflict', `${job.fileName} has already been imported.`);
      case 'failed':
      case 'canceled':
        return;
    }
  }

  reportCsv(importId: string): string {
    const job = this.job(importId);
    if (job.state !== 'committed') {
      throw new DomainError(
        'conflict',
        `The import of ${job.fileName} has no report: it did not finish.`,
      );
    }
    return importIssuesToCsv(job.issues);
  }

  /** Stops every import in progress; their staged rows are dropped on the next start. */
  async close(): Promise<void> {
    for (const job of this.jobs.values()) {
      if (job.state === 'committing' && !job.moving) job.abort?.abort(canceled());
      if (job.state === 'receiving' || job.state === 'received') job.state = 'canceled';
    }
    await this.commits.drained();
    await Promise.all([...this.jobs.values()].map((job) => job.upload.remove()));
  }

  private async runCommit(job: ImportJob, override: MappingOverride | null): Promise<ImportReport> {
    const signal = job.abort!.signal;
    try {
      signal.throwIfAborted();
      const mappingOverride = override ?? (await this.rememberedFor(job)) ?? undefined;
      const team = job.options.into === 'team';
      const { report, issues } = team
        ? await this.runTeamCommit(job, mappingOverride)
        : await this.runOwnCommit(job, mappingOverride, signal);
      job.state = 'committed';
      job.report = report;
      job.issues = issues;
      this.keepReport(job.id);
      await job.upload.remove();
      if (!team) this.deps.onCommitted(report);
      return report;
    } catch (error) {
      // A mapping the file cannot use (no phone column...) can be corrected and committed again.
      const correctable =
        !signal.aborted && error instanceof DomainError && error.code === 'invalid-argument';
      job.state = signal.aborted ? 'canceled' : correctable ? 'received' : 'failed';
      job.moving = false;
      if (!correctable) await job.upload.remove();
      throw asImportError(error, signal.aborted);
    } finally {
      job.abort = null;
    }
  }

  private runOwnCommit(
    job: ImportJob,
    mappingOverride: MappingOverride | undefined,
    signal: AbortSignal,
  ): Promise<{ report: ImportReport; issues: ImportIssue[] }> {
    const emit = progressThrottle((progress) =>
      this.deps.onProgress({ importId: job.id, ...progress }),
    );
    return commitLeadFile(this.deps.store, {
      importId: job.id,
      fileName: job.fileName,
      campaignId: job.options.campaignId,
      source: job.upload.path,
      options: {
        defaultCountry: job.defaultCountry,
        ...(mappingOverride ? { mappingOverride } : {}),
        ...(job.options.dateOrder ? { dateOrder: job.options.dateOrder } : {}),
        ...(job.options.phoneAcceptance ? { phoneAcceptance: job.options.phoneAcceptance } : {}),
        dateTimeZone: this.deps.settings().repTimeZone,
        importedAt: this.deps.clock.now(),
        signal,
        chunkBytes: this.deps.readChunkBytes ?? DEFAULT_READ_CHUNK_BYTES,
        onProgress: emit.progress,
      },
      now: () => this.deps.clock.now(),
      beforeMove: () => {
        emit.flush();
        job.moving = true;
      },
    });
  }

  private async assertOwnCampaign(campaignId: string): Promise<void> {
    const campaign = await new CampaignRepository(this.deps.store).scriptMarkdown(campaignId);
    if (campaign === null) {
      throw new DomainError('not-found', `There is no campaign "${campaignId}".`);
    }
  }

  private teamImporter(): TeamImporter {
    const importer = this.deps.teamImporter?.() ?? null;
    if (importer === null) {
      throw new DomainError(
        'conflict',
        'Only a supervisor on the team hub can import into a team campaign: set the role and ' +
          'the hub in Settings, or import into your own leads.',
      );
    }
    return importer;
  }

  /** The hub imports the file; nothing of it goes into this app's store. */
  private async runTeamCommit(
    job: ImportJob,
    mappingOverride: MappingOverride | undefined,
  ): Promise<{ report: ImportReport; issues: ImportIssue[] }> {
    const importer = this.teamImporter();
    // Once the file is on its way the hub decides, all or nothing: too late to cancel.
    job.moving = true;
    return commitTeamFile(importer, job, mappingOverride, this.deps.settings().repTimeZone);
  }

  private async readPreview(job: ImportJob): Promise<NonNullable<ImportJob['preview']>> {
    const options = {
      defaultCountry: job.defaultCountry,
      ...(job.options.dateOrder ? { dateOrder: job.options.dateOrder } : {}),
    };
    const file = await previewLeadFile(job.upload.path, PREVIEW_ROWS, options);
    const remembered = await MappingRepository.remembered(this.deps.store, file.mapping.signature);
    if (!remembered) return { file, remembered: null };
    try {
      const withMapping = await previewLeadFile(job.upload.path, PREVIEW_ROWS, {
        ...options,
        encoding: file.encoding.encoding,
        mappingOverride: remembered,
      });
      return { file: withMapping, remembered };
    } catch {
      // A remembered mapping that no longer applies is offered to nobody.
      return { file, remembered: null };
    }
  }

  private async rememberedFor(job: ImportJob) {
    if (job.preview) return job.preview.remembered;
    return (await this.readPreview(job)).remembered;
  }

  private job(importId: string): ImportJob {
    const job = this.jobs.get(importId);
    if (!job) {
      throw new DomainError(
        'not-found',
        'There is no such import: it may have ended when Dialdeck restarted. Start it again.',
      );
    }
    return job;
  }

  private assertReceived(job: ImportJob): void {
    switch (job.state) {
      case 'received':
        return;
      case 'receiving':
        throw new DomainError(
          'conflict',
          `${job.fileName} has not all arrived yet (${job.upload.receivedBytes} of ${job.upload.sizeBytes} bytes).`,
        );
      case 'committing':
        throw new DomainError('conflict', `${job.fileName} is being imported.`);
      case 'committed':
        throw new DomainError('conflict', `${job.fileName} has already been imported.`);
      case 'failed':
      case 'canceled':
        throw new DomainError(
          'conflict',
          `The import of ${job.fileName} has ended; start it again to retry.`,
        );
    }
  }

  private keepReport(importId: string): void {
    this.committed.push(importId);
    while (this.committed.length > KEPT_REPORTS) this.jobs.delete(this.committed.shift()!);
  }
}

function canceled(): DomainError {
  return new DomainError('canceled', 'The import was cancelled; nothing was imported.');
}

function asImportError(error: unknown, aborted: boolean): DomainError {
  if (aborted) return canceled();
  if (error instanceof NoPhoneColumnError) {
    return new DomainError(error.code, `${error.message} Map one to Phone in the review step.`);
  }
  if (error instanceof DomainError) return error;
  return new DomainError(
    'storage-failed',
    `The import failed and nothing was imported: ${(error as Error)?.message ?? String(error)}`,
  );
}
