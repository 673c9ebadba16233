/** Where a number on the do-not-call list came from (team: the team hub's list). */
export type DncSource = 'outcome' | 'import' | 'manual' | 'team';

export interface DncEntry {
  phoneE164: string;
  addedAt: number;
  reason: string | null;
  source: DncSource;
  /** The rep who added it, when a rep did. */
  addedBy: string | null;
}

export interface DncQuery {
  /** Digits of the number, or words of the reason. */
  search?: string;
  offset: number;
  limit: number;
}

export interface DncPage {
  /** Entries matching the search. */
  total: number;
  /** Newest first. */
  entries: DncEntry[];
}

/** What `dnc.importText` did with each line. */
export interface DncTextImport {
  added: number;
  alreadyListed: number;
  rejected: { line: number; value: string; reason: string }[];
}
