import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Papa from 'papaparse';
import { IMPORT_MAX_CHUNK_BYTES } from '../../../shared/domain/import';
import { readLeadFile } from '../../../electron/core/leads/import/pipeline/read-lead-file';
import { ImportService } from '../../../electron/core/leads/import/import-service';
import { systemClock } from '../../../electron/core/platform/system-clock';
import { CampaignRepository } from '../../../electron/core/campaigns/campaign-repository';
import { openStore, sql } from '../../../electron/core/platform/store';
import { makeTempDir } from '../../support/temp-dir';
import { benchResult, watchLoad, type BenchResult } from '../bench-kit';
import { writeLeadFile } from './lead-file';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
/** The renderer uploads in chunks of this size. */
const UPLOAD_CHUNK = 256 * 1024;

/**
 * A 100k-row CRM export end to end into the store, as the app does it: uploaded in 256 KB chunks,
 * then committed (read, map, normalize, zones, duplicates, DNC and campaign look-ups, staged
 * chunk by chunk in the worker store, one atomic move), beside the bare papaparse parse of the
 * same file in the same run. The main thread's longest stall is measured during the commit.
 */
export async function runImportBench(): Promise<BenchResult> {
  const temp = makeTempDir('dialdeck-bench-import-');
  const load = watchLoad();
  const file = path.join(temp.dir, 'hubspot-export.csv');
  const warmUp = path.join(temp.dir, 'warm-up.csv');
  await writeLeadFile(file, ROWS);
  await writeLeadFile(warmUp, 5_000);
  const dataDir = path.join(temp.dir, 'data');
  const { store } = await openStore({ dataDir });
  try {
    await store.write([
      CampaignRepository.ensureStatement({ id: 'bench', name: 'Bench', createdAt: 0 }),
      CampaignRepository.ensureStatement({ id: 'warm-up', name: 'Warm-up', createdAt: 0 }),
    ]);
    const service = new ImportService({
      store,
      clock: systemClock,
      dataDir,
      settings: () => ({ repCountry: 'US', repTimeZone: 'America/New_York' }),
      onProgress: () => undefined,
      onCommitted: () => undefined,
    });
    await service.start();
    // Once on a small file first: the bench measures the importer, not the JIT's first minutes.
    await service.commit(await upload(service, warmUp, 'warm-up'), null);

    const bareStarted = performance.now();
    const text = fs.readFileSync(file, 'utf8');
    const bareRows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length - 1;
    const bareMs = performance.now() - bareStarted;

    const pipelineStarted = performance.now();
    let pipelineRows = 0;
    for await (const batch of readLeadFile(file, {
      defaultCountry: 'US',
      dateTimeZone: 'America/New_York',
    })) {
      if (batch.summary) pipelineRows = batch.summary.rowsRead;
    }
    const pipelineMs = performance.now() - pipelineStarted;

    const uploadStarted = performance.now();
    const importId = await upload(service, file, 'bench');
    const uploadMs = performance.now() - uploadStarted;

    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const commitStarted = performance.now();
    const report = await service.commit(importId, null);
    const commitMs = performance.now() - commitStarted;
    loop.disable();

    const stored = await store.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM leads WHERE campaign_id = 'bench'`,
    );
    const rowsPerSecond = (report.summary.rowsRead / commitMs) * 1000;
    const bareRowsPerSecond = (bareRows / bareMs) * 1000;
    const stallMs = loop.max / 1e6;
    return benchResult('import', [
      { metric: 'rows in the file', value: report.summary.rowsRead, unit: 'rows' },
      { metric: 'file size', value: fs.statSync(file).size / 1e6, unit: 'MB' },
      {
        metric: 'leads added / held / merged in file / skipped',
        value: report.added,
        unit: `/ ${report.held} / ${report.summary.rowsMerged} / ${report.summary.rowsSkipped}`,
      },
      { metric: 'leads in the store after the commit', value: stored?.n ?? 0, unit: 'leads' },
      {
        metric: 'bare CSV parse (papaparse, whole file)',
        value: bareRowsPerSecond,
        unit: 'rows/s',
      },
      {
        metric: 'importer alone (readLeadFile, no store)',
        value: (pipelineRows / pipelineMs) * 1000,
        unit: 'rows/s',
      },
      {
        metric: 'commit end to end into the store',
        value: rowsPerSecond,
        unit: 'rows/s',
        target: '≥ 50,000',
        pass: rowsPerSecond >= 50_000,
      },
      { metric: 'commit time', value: commitMs, unit: 'ms' },
      {
        metric: 'end to end / bare parse',
        value: rowsPerSecond / bareRowsPerSecond,
        unit: 'ratio',
      },
      {
        metric: 'upload (256 KB base64 chunks to the data folder)',
        value: fs.statSync(file).size / 1e6 / (uploadMs / 1000),
        unit: 'MB/s',
      },
      {
        metric: 'longest main-thread stall during the commit',
        value: stallMs,
        unit: 'ms',
        target: '≤ 50',
        pass: stallMs <= 50,
      },
      load.row(),
    ]);
  } finally {
    await store.close();
    temp.remove();
  }
}

/** Sends the file to the import service in the renderer's chunks, as the app does. */
export async function upload(
  service: ImportService,
  file: string,
  campaignId: string,
): Promise<string> {
  const bytes = fs.readFileSync(file);
  const { importId } = await service.begin(path.basename(file), bytes.byteLength, {
    campaignId,
    defaultCountry: 'US',
  });
  const chunk = Math.min(UPLOAD_CHUNK, IMPORT_MAX_CHUNK_BYTES);
  for (let at = 0; at < bytes.byteLength; at += chunk) {
    await service.chunk(importId, bytes.subarray(at, at + chunk).toString('base64'));
  }
  return importId;
}
