import fs from 'node:fs';
import path from 'node:path';
import { StoreDamagedError } from './errors';
import { readAckMark, writeAckMarkOnce } from './journal/ack-mark';
import { provableChain, scanJournal } from './journal/journal-scan';
import { encodeRecord } from './journal/record-codec';
import { fsyncDirectory, segmentName } from './journal/segments';
import { openInlineStore } from './open-store';
import { snapshotPaths } from './snapshot-files';
import { loadSnapshot, readSnapshotSeq } from './snapshot-load';
import { loadSqlJs } from './sqljs';

export interface RecoverReport {
  /** False when acknowledged records could not be kept: the CLI exits non-zero. */
  ok: boolean;
  acknowledgedLost: number;
  setAside: string[];
  lines: string[];
}

/**
 * What the user runs after Dialdeck refused a damaged data folder. Nothing is deleted: damaged or
 * unusable files are moved to `damaged/`. A damaged snapshot gives way to the backup; a damaged
 * journal keeps every record that provably continues the snapshot, and counts what it cost.
 */
export async function recoverDataDir(dataDir: string, now: number): Promise<RecoverReport> {
  const damagedDir = path.join(dataDir, 'damaged');
  const report: RecoverReport = { ok: true, acknowledgedLost: 0, setAside: [], lines: [] };
  const setAside = (file: string) => {
    fs.mkdirSync(damagedDir, { recursive: true });
    const target = path.join(damagedDir, `${path.basename(file)}.${now}`);
    fs.renameSync(file, target);
    report.setAside.push(target);
    return target;
  };

  let journalRebuilt = false;
  for (let round = 0; round < 4; round++) {
    try {
      const { store, stats } = await openInlineStore({ dataDir });
      await store.close();
      const { openReport } = stats;
      if (openReport.journalLoss) {
        report.acknowledgedLost += openReport.journalLoss.acknowledgedMissing;
        report.lines.push(openReport.journalLoss.message);
      }
      report.ok = report.acknowledgedLost === 0;
      report.lines.unshift(
        report.setAside.length === 0 && !openReport.journalLoss
          ? `${dataDir} opens fine; nothing to recover.`
          : `Recovered ${dataDir}: it opens again, with ${openReport.replayedRecords} journal ` +
              `records replayed over ${openReport.usedBackup ? 'the backup' : 'the current'} snapshot.`,
      );
      if (report.setAside.length > 0) {
        report.lines.push(`Set aside (not deleted): ${report.setAside.join(', ')}.`);
      }
      report.lines.push(
        report.acknowledgedLost === 0
          ? 'No acknowledged change was lost.'
          : `${report.acknowledgedLost} acknowledged ${report.acknowledgedLost === 1 ? 'change was' : 'changes were'} lost; the files above hold what was set aside.`,
      );
      return report;
    } catch (error) {
      if (!(error instanceof StoreDamagedError)) throw error;
      const paths = snapshotPaths(dataDir);
      if (
        (error.file === paths.current || error.file === paths.backup) &&
        fs.existsSync(error.file)
      ) {
        setAside(error.file);
        report.lines.push(`The snapshot ${error.file} was damaged (${error.message}).`);
      } else if (error.file.startsWith(path.join(dataDir, 'journal')) && !journalRebuilt) {
        // Once: a journal rebuilt from whole, ordered records that still fails cannot be helped.
        journalRebuilt = true;
        const repaired = await rebuildJournal(dataDir, setAside);
        report.acknowledgedLost += repaired.lost;
        report.lines.push(...repaired.lines);
      } else {
        throw error;
      }
    }
  }
  throw new Error(
    `Could not recover ${dataDir}; files set aside so far: ${report.setAside.join(', ') || 'none'}.`,
  );
}

/**
 * Replaces the journal by the records that continue the snapshot without a gap; every old segment
 * is moved aside whole (a damaged line, a missing file or a gap among them all end here).
 */
async function rebuildJournal(
  dataDir: string,
  setAside: (file: string) => string,
): Promise<{ lost: number; lines: string[] }> {
  const journalDir = path.join(dataDir, 'journal');
  const loaded = loadSnapshot(await loadSqlJs(), snapshotPaths(dataDir), journalDir);
  const snapshotSeq = readSnapshotSeq(loaded.db);
  loaded.db.close();
  const segments = scanJournal(journalDir);
  const chain = provableChain(segments, snapshotSeq);

  const mark = readAckMark(journalDir);
  const lost = Math.max(
    chain.recordsAfterBreak + chain.damagedNeeded,
    mark === null ? 0 : mark - chain.lastSeq,
  );
  segments.forEach((segment) => setAside(segment.file));
  const rebuilt = path.join(journalDir, segmentName(snapshotSeq + 1));
  const fd = fs.openSync(rebuilt, 'w');
  try {
    fs.writeSync(fd, chain.records.map(encodeRecord).join(''));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fsyncDirectory(journalDir);
  writeAckMarkOnce(journalDir, chain.lastSeq);

  const lines = [
    `The journal was damaged or incomplete. Kept the ${chain.records.length} records that continue the ` +
      `snapshot (record ${snapshotSeq}) in order, in ${rebuilt}; the old journal files are set ` +
      'aside whole.',
  ];
  if (chain.damagedCovered > 0) {
    lines.push(
      `${chain.damagedCovered} damaged ${chain.damagedCovered === 1 ? 'line was' : 'lines were'} ` +
        'in records the snapshot already holds: nothing lost there.',
    );
  }
  if (lost > 0) {
    lines.push(
      `${lost} acknowledged ${lost === 1 ? 'record comes' : 'records come'} after damage or a ` +
        'gap and cannot be replayed in order; they stay in the set-aside files.',
    );
  }
  return { lost, lines };
}
