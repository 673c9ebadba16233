/** A URL- and test-id-safe slug of a heading, made unique among the ids already taken. */
export function uniqueSectionId(heading: string, taken: Set<string>): string {
  const base =
    heading
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\{\{([^}|]*)(\|[^}]*)?\}\}/g, '$1')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section';
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}
