/** "1–50 of 1,234", "1–3 of 3"; `empty` when there is nothing. */
export function pageRangeText(offset: number, shown: number, total: number, empty: string): string {
  if (total === 0) return empty;
  const format = new Intl.NumberFormat('en-US');
  return `${format.format(offset + 1)}–${format.format(offset + shown)} of ${format.format(total)}`;
}

/** The offset of the page `step` pages away, kept inside the list. */
export function movePage(offset: number, step: number, total: number, pageSize: number): number {
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1) * pageSize;
  return Math.max(0, Math.min(lastPage, offset + step * pageSize));
}
