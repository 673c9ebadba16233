/**
 * The key a merge field and an imported column are matched by: case-insensitive, with runs of spaces,
 * underscores and hyphens read as one underscore. "First Name", "first-name" and "FIRST_NAME" all give
 * "first_name".
 */
export function normalizeFieldName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** How a field with no value reads wherever only plain text can show it: ⟦first_name⟧. */
export function missingFieldMark(name: string): string {
  return `⟦${name.trim()}⟧`;
}
