/** Lower-case letters and digits only: "Zip/Postal Code", "zip_postal_code" and "ZIP postal code" meet. */
export function headerMatchKey(header: string): string {
  return foldAccents(header)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The words of a header, camelCase split too: "Person - Phone - Mobile" → person, phone, mobile. */
export function headerWords(header: string): string[] {
  return foldAccents(header)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * The merge-field name a custom column gets in scripts: "Lead Source" → lead_source. Close exports
 * its custom fields as "custom.Industry"; the prefix says nothing, so it goes.
 */
export function customFieldKey(header: string): string {
  const withoutPrefix = header.trim().replace(/^custom\./i, '');
  const key = headerWords(withoutPrefix).join('_');
  return key === '' ? 'column' : key;
}

function foldAccents(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
}
