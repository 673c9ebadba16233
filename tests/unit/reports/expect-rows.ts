import { expect } from 'vitest';
import type { KpiReportRow } from '../../../shared/reports';
import type { HandRow } from './report-hand-figures';

/** Every field equal; fractions like 2/3 to 12 decimal places (sums of seconds may round). */
export function expectRow(actual: KpiReportRow | undefined, expected: HandRow): void {
  expect(actual).toBeDefined();
  const where = `${expected.period ?? 'range'} ${expected.group ?? 'team'}`;
  for (const key of Object.keys(expected) as (keyof HandRow)[]) {
    const want = expected[key];
    const got = actual![key];
    if (typeof want === 'number' && typeof got === 'number') {
      expect(got, `${where}: ${key}`).toBeCloseTo(want, 12);
    } else {
      expect(got, `${where}: ${key}`).toEqual(want);
    }
  }
}

export function expectRows(actual: readonly KpiReportRow[], expected: readonly HandRow[]): void {
  expect(actual.map((row) => [row.period, row.group])).toEqual(
    expected.map((row) => [row.period, row.group]),
  );
  expected.forEach((row, index) => expectRow(actual[index], row));
}
