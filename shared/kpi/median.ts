/** Median of an ascending list; null when empty. */
export function medianOfSorted(ascending: readonly number[]): number | null {
  const count = ascending.length;
  if (count === 0) return null;
  const upper = ascending[count >> 1] as number;
  if (count % 2 === 1) return upper;
  const lower = ascending[(count >> 1) - 1] as number;
  return (lower + upper) / 2;
}

export function sortAscending(values: number[]): number[] {
  return values.sort((a, b) => a - b);
}
