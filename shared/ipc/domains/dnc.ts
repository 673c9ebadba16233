import type { DncEntry, DncPage, DncQuery, DncTextImport } from '../../domain/dnc';

/** The do-not-call list. Numbers are normalized with the rep's country as the default. */
export interface DncMethods {
  'dnc.list': (query: DncQuery) => DncPage;
  /** Adds the number (a number already listed keeps its entry, which is returned). */
  'dnc.add': (phone: string, reason: string) => DncEntry;
  /** Takes the number off the list; the removal and its reason are kept in an audit log. */
  'dnc.remove': (phone: string, reason: string) => void;
  /** One number per line (a CSV's first column that reads as a number); up to 900,000 characters. */
  'dnc.importText': (csvText: string, reason: string) => DncTextImport;
}

export interface DncEvents {
  /** The list changed; `total` is its size. */
  'dnc.changed': { total: number };
}
