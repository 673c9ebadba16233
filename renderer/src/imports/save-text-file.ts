/** Offers text as a download (a Blob, so it works the same in Electron and in a browser). */
export function saveTextFile(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started reading the Blob by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "crm-export.csv" → "crm-export – import report.csv". */
export function reportFileName(importedFileName: string): string {
  const base = importedFileName.replace(/\.[^.]*$/, '') || 'leads';
  return `${base} – import report.csv`;
}
