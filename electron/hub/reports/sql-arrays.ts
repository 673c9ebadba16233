/** An array of integers as PostgreSQL's array literal ('{1,2,3}'), bound as one text parameter. */
export function bigintArray(values: readonly number[]): string {
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not an integer`);
  }
  return `{${values.join(',')}}`;
}
