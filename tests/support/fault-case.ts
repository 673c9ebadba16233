import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createLogger } from '../../electron/core/platform/log/logger';
import { openInlineStore, sql, StoreDamagedError } from '../../electron/core/platform/store';
import { scanJournal } from '../../electron/core/platform/store/journal/journal-scan';
import { recoverDataDir } from '../../electron/core/platform/store/recover';
import { defaultSettings } from '../../electron/core/platform/settings/default-settings';
import { jsonFileSettingsBackend } from '../../electron/core/platform/settings/json-file-backend';
import { SettingsService } from '../../electron/core/platform/settings/settings-service';
import { snapshotSeqOf } from './snapshot-seq';
import { runAndKill, type CrashBundles } from './crash-run';
import { pickFrom } from './prng';
import { makeTempDir } from './temp-dir';

export type FileKind =
  'snapshot' | 'backup' | 'covered-segment' | 'live-segment' | 'ack-mark' | 'settings';
export type Damage = 'cut' | 'flip' | 'delete-range' | 'delete-file';

export interface FaultCaseResult {
  kind: FileKind;
  damage: Damage;
  /** The damaged file, inside the data folder. */
  file: string;
  outcome: 'opened' | 'recovered' | 'unrecoverable';
  acknowledged: number;
  /** Acknowledged outcomes missing at the end. */
  lost: number;
  /** What Dialdeck said it lost (open's banner or recover's count). */
  reportedLost: number;
  /** Data that differs from what was written, or a loss larger than reported, with no word. */
  silent: boolean;
  /** Whether the damage leaves every acknowledged record provable (another copy holds it). */
  provable: boolean;
}

const SETTINGS = { repId: 'grace', repName: 'Grace Kim', wrapUpSeconds: 17 };
const NOTE = 'note '.repeat(20);

/**
 * Two writer sessions each ended by kill -9, then one file of the data folder damaged at a
 * random place, then what a person would do: open it, and run recover when it is refused.
 */
export async function runFaultCase(
  bundles: CrashBundles,
  random: () => number,
  caseId: string,
): Promise<FaultCaseResult> {
  const temp = makeTempDir('dialdeck-fault-');
  const dataDir = temp.dir;
  try {
    const acked: string[] = [];
    for (const session of [1, 2]) {
      const plan = { duringStartupMs: null, afterAcks: 3 + Math.floor(random() * 40) };
      acked.push(...(await runAndKill(bundles, dataDir, `${caseId}S${session}`, plan)));
    }
    jsonFileSettingsBackend(dataDir).save({ ...defaultSettings(), ...SETTINGS, secrets: {} });

    const targets = classifyFiles(dataDir);
    const kind = pickFrom(random, [...targets.keys()]);
    const file = pickFrom(random, targets.get(kind)!);
    const damages: Damage[] =
      kind === 'settings'
        ? ['cut', 'flip', 'delete-range']
        : ['cut', 'flip', 'delete-range', 'delete-file'];
    const damage = pickFrom(random, damages);
    const keepFailuresIn = process.env.FAULT_KEEP_FAILURES;
    if (keepFailuresIn) fs.cpSync(dataDir, `${dataDir}.before`, { recursive: true });
    damageFile(file, damage, random);
    const provable = kind !== 'live-segment';

    const base = {
      kind,
      damage,
      file: path.relative(dataDir, file),
      acknowledged: acked.length,
      provable,
    };
    const result =
      kind === 'settings'
        ? { ...base, ...checkSettings(dataDir) }
        : { ...base, ...(await openOrRecover(dataDir, acked)) };
    if (keepFailuresIn && (result.silent || (provable && result.lost > 0))) {
      fs.cpSync(`${dataDir}.before`, path.join(keepFailuresIn, caseId), { recursive: true });
    }
    return result;
  } finally {
    fs.rmSync(`${dataDir}.before`, { recursive: true, force: true });
    temp.remove();
  }
}

type Checked = Pick<FaultCaseResult, 'outcome' | 'lost' | 'reportedLost' | 'silent'>;

async function openOrRecover(dataDir: string, acked: readonly string[]): Promise<Checked> {
  try {
    const { store, stats } = await openInlineStore({ dataDir });
    const found = await compare(store, acked);
    await store.close();
    const reportedLost = stats.openReport.journalLoss?.acknowledgedMissing ?? 0;
    return {
      outcome: 'opened',
      ...found,
      reportedLost,
      silent: found.wrong || found.lost > reportedLost,
    };
  } catch (error) {
    if (!(error instanceof StoreDamagedError)) throw error;
  }
  let report;
  try {
    report = await recoverDataDir(dataDir, 1);
  } catch {
    // Refused and not recoverable: said so, and every file is still there (set aside).
    return {
      outcome: 'unrecoverable',
      lost: acked.length,
      reportedLost: acked.length,
      silent: false,
    };
  }
  const { store } = await openInlineStore({ dataDir });
  const found = await compare(store, acked);
  await store.close();
  const silent =
    found.wrong ||
    found.lost > report.acknowledgedLost ||
    report.ok !== (report.acknowledgedLost === 0);
  return { outcome: 'recovered', ...found, reportedLost: report.acknowledgedLost, silent };
}

async function compare(
  store: Awaited<ReturnType<typeof openInlineStore>>['store'],
  acked: readonly string[],
): Promise<{ lost: number; wrong: boolean }> {
  const rows = await store.all<{ id: string; note: string; outcome_code: string }>(
    sql`SELECT id, note, outcome_code FROM attempts`,
  );
  const present = new Set(rows.map((row) => row.id));
  const lost = acked.filter((id) => !present.has(id)).length;
  const lead = await store.get<{ attempt_count: number }>(
    sql`SELECT attempt_count FROM leads WHERE id = 1`,
  );
  const wrong =
    rows.some(
      (row) =>
        row.note !== NOTE || row.outcome_code !== 'no-answer' || !/^F\d+S[12]-\d+$/.test(row.id),
    ) || (lead?.attempt_count ?? 0) !== rows.length;
  return { lost, wrong };
}

function checkSettings(dataDir: string): Checked {
  const settings = new SettingsService(
    jsonFileSettingsBackend(dataDir),
    { description: 'none', encrypt: (v: string) => v, decrypt: (v: string) => v },
    createLogger(() => undefined),
    defaultSettings(),
  );
  const { secretsSet: _secretsSet, ...loaded } = settings.get();
  const intact = isDeepStrictEqual(loaded, { ...defaultSettings(), ...SETTINGS });
  return {
    outcome: 'opened',
    lost: 0,
    reportedLost: 0,
    silent: !intact && settings.loadProblem === null,
  };
}

/** Every file of the folder by kind; a segment is covered when the snapshot holds all of it. */
function classifyFiles(dataDir: string): Map<FileKind, string[]> {
  const targets = new Map<FileKind, string[]>();
  const add = (kind: FileKind, file: string) => {
    if (fs.existsSync(file)) targets.set(kind, [...(targets.get(kind) ?? []), file]);
  };
  add('snapshot', path.join(dataDir, 'dialdeck.sqlite'));
  add('backup', path.join(dataDir, 'dialdeck.sqlite.bak'));
  add('ack-mark', path.join(dataDir, 'journal', 'acknowledged'));
  add('settings', path.join(dataDir, 'settings.json'));
  const snapshotSeq = snapshotSeqOf(path.join(dataDir, 'dialdeck.sqlite'));
  for (const segment of scanJournal(path.join(dataDir, 'journal'))) {
    if (fs.statSync(segment.file).size === 0) continue;
    const needed = segment.entries.some(
      (entry) => entry.kind === 'record' && entry.record.seq > snapshotSeq,
    );
    add(needed ? 'live-segment' : 'covered-segment', segment.file);
  }
  return targets;
}

function damageFile(file: string, damage: Damage, random: () => number): void {
  const bytes = fs.readFileSync(file);
  const at = Math.floor(random() * bytes.length);
  switch (damage) {
    case 'cut':
      fs.writeFileSync(file, bytes.subarray(0, at));
      return;
    case 'flip':
      bytes[at] = bytes[at]! ^ (1 + Math.floor(random() * 255));
      fs.writeFileSync(file, bytes);
      return;
    case 'delete-range': {
      const end = Math.min(bytes.length, at + 1 + Math.floor(random() * 256));
      fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at), bytes.subarray(end)]));
      return;
    }
    case 'delete-file':
      fs.rmSync(file);
  }
}
