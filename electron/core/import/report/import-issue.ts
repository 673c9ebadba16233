/** What became of a row that has an issue. */
export type RowAction =
  /** Not imported: nothing usable to dial. */
  | 'skipped'
  /** A duplicate whose data went into an earlier row. */
  | 'merged'
  /** Imported, with the problem noted (a field left empty, a lead held for review...). */
  | 'imported';

export interface ImportIssue {
  /** As a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  rowNumber: number;
  /** The column's header in the file, or a plain name when the issue is not about one column. */
  field: string;
  value: string;
  /** Plain words: "invalid phone number: too few digits". */
  reason: string;
  rowAction: RowAction;
}
