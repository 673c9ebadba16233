import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Papa from 'papaparse';

export interface AttemptTimings {
  /** Per attempt, ms from the session's dial (started_at) to the line's ringing (ringing_at). */
  toRinging: number[];
  /** Per attempt, ms from the dial to the answer (answered_at). */
  toAnswered: number[];
  attempts: number;
}

const between = (from: string | undefined, to: string | undefined) =>
  from && to ? Date.parse(to) - Date.parse(from) : Number.NaN;

/** The dial → ringing and dial → answered times the core stored, read back with the CLI export. */
export async function attemptTimings(dataDir: string): Promise<AttemptTimings> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'export', 'attempts', '--data-dir', dataDir],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const rows = Papa.parse<Record<string, string>>(stdout.trim(), { header: true }).data;
  const toRinging = rows.map((row) => between(row.started_at, row.ringing_at));
  const toAnswered = rows.map((row) => between(row.started_at, row.answered_at));
  return {
    attempts: rows.length,
    toRinging: toRinging.filter(Number.isFinite),
    toAnswered: toAnswered.filter(Number.isFinite),
  };
}
