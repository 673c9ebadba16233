const numberFormat = new Intl.NumberFormat('en-US');

/** "812 KB", "12.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "12,345". */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}
