import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { LeadFileOptions } from './pipeline/lead-file-options';
import { readLeadFile } from './pipeline/read-lead-file';

export interface ThroughputRun {
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

export interface ImportThroughput {
  /** papaparse alone over the same file, read whole: the floor no importer can beat. */
  bareParse: ThroughputRun;
  /** readLeadFile end to end (decode, parse, map, normalize, zones, duplicates), no store. */
  pipeline: ThroughputRun;
  /** pipeline.rowsPerSecond / bareParse.rowsPerSecond. */
  ratio: number;
}

/** For `npm run bench`: rows per second of the import pipeline beside the bare CSV parse. */
export async function measureImportThroughput(
  path: string,
  options: LeadFileOptions,
): Promise<ImportThroughput> {
  const bareStart = performance.now();
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const bareParse = run(parsed.data.length - 1, performance.now() - bareStart);

  const pipelineStart = performance.now();
  let rows = 0;
  for await (const batch of readLeadFile(path, options)) {
    if (batch.summary) rows = batch.summary.rowsRead;
  }
  const pipeline = run(rows, performance.now() - pipelineStart);
  return { bareParse, pipeline, ratio: pipeline.rowsPerSecond / bareParse.rowsPerSecond };
}

function run(rows: number, ms: number): ThroughputRun {
  return { rows, ms, rowsPerSecond: ms > 0 ? (rows / ms) * 1000 : 0 };
}
