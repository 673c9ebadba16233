import Papa from 'papaparse';

/**
 * A cell a spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with an apostrophe,
 * so an exported lead named "=HYPERLINK(...)" stays text in Excel. Plain numbers such as an
 * E.164 phone (+14155550123) or -3 cannot be formulas and stay as they are.
 */
export function guardFormula(value: string): string {
  if (/^[+-][\d\s().]*$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string>>,
): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(guardFormula)) },
    { newline: '\r\n' },
  );
}

export function isoOrEmpty(at: number | null): string {
  return at === null ? '' : new Date(at).toISOString();
}
