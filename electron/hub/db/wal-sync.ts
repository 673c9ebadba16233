import fs from 'node:fs';
import path from 'node:path';

/** mtime is set by the kernel's clock, which may be a little behind ours. */
const CLOCK_SLACK_MS = 2_000;

function syncFile(file: string, flags: 'r' | 'r+'): void {
  let fd: number;
  try {
    fd = fs.openSync(file, flags);
  } catch (error) {
    // A WAL segment removed or recycled between readdir and open has nothing left to sync.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsyncs every file and folder changed since `since` (epoch ms); 0 means all of them. */
function syncTree(dir: string, since: number): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) syncTree(full, since);
    else if (entry.isFile() && fs.statSync(full).mtimeMs >= since) syncFile(full, 'r');
  }
  if (fs.statSync(dir).mtimeMs >= since) syncFile(dir, 'r');
}

const controlFile = (pgDir: string) => path.join(pgDir, 'global', 'pg_control');

export const controlStamp = (pgDir: string): string => {
  const stat = fs.statSync(controlFile(pgDir));
  return `${stat.mtimeMs}:${stat.size}`;
};

/**
 * PGlite runs PostgreSQL with fsync off (`-F`) and its Node file system has no fsync, so a commit
 * reaches the OS page cache but never the disk. This makes it reach the disk: after every commit
 * the WAL (all that recovery needs) is fsynced; after a checkpoint (pg_control changed: recovery
 * at open, the shutdown at close, or PostgreSQL's own), which lets PostgreSQL recycle old WAL,
 * every file changed since the previous such sync is, pg_control last.
 */
export class DurableSync {
  /** Files changed before this were on disk at the previous checkpoint sync; 0: none known. */
  private syncedSince = 0;

  /** `controlBefore`: pg_control's stamp from before PostgreSQL opened the folder. */
  constructor(
    private readonly pgDir: string,
    private lastControl: string,
  ) {}

  afterCommit(): void {
    const walDir = path.join(this.pgDir, 'pg_wal');
    for (const name of fs.readdirSync(walDir)) {
      if (/^[0-9A-F]{24}$/.test(name)) syncFile(path.join(walDir, name), 'r+');
    }
    syncFile(walDir, 'r');
    this.afterCheckpoint();
  }

  /**
   * After PostgreSQL opened the folder. Crash recovery ends with a checkpoint: its files reach the
   * disk before anything is acknowledged. A folder this adapter shut down cleanly was all synced
   * at that close, so afterwards only files changed since the open need syncing.
   */
  opened(openStartedAt: number): void {
    if (controlStamp(this.pgDir) === this.lastControl) {
      this.syncedSince = openStartedAt - CLOCK_SLACK_MS;
    } else {
      this.afterCheckpoint();
    }
  }

  /** Syncs the changed files if a checkpoint happened since the last call. */
  afterCheckpoint(): void {
    const control = controlStamp(this.pgDir);
    if (control === this.lastControl) return;
    const started = Date.now();
    syncTree(this.pgDir, this.syncedSince);
    syncFile(controlFile(this.pgDir), 'r+');
    this.syncedSince = started - CLOCK_SLACK_MS;
    this.lastControl = control;
  }

  /** Everything, changed or not: a folder about to be renamed into place. */
  static everything(pgDir: string): void {
    syncTree(pgDir, 0);
    syncFile(controlFile(pgDir), 'r+');
  }
}
