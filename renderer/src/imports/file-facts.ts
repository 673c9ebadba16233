import type { ImportPreview } from '../../../shared/domain/import';

const DELIMITERS: Record<string, string> = {
  ',': 'comma-separated',
  ';': 'semicolon-separated',
  '\t': 'tab-separated',
  '|': 'pipe-separated',
};

const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};

const DATE_BASIS = {
  setting: 'as you chose',
  file: 'from the file',
  'default-country': 'the country’s habit',
} as const;

/** What the importer detected, in words: "UTF-8 with BOM · semicolon-separated · dates month first (from the file)". */
export function describeFile(
  preview: Pick<ImportPreview, 'encoding' | 'dialect' | 'dateOrder'>,
): string[] {
  const { encoding, dialect, dateOrder } = preview;
  return [
    `${ENCODINGS[encoding.encoding] ?? encoding.encoding}${encoding.bom ? ' with BOM' : ''}`,
    DELIMITERS[dialect.delimiter] ?? `“${dialect.delimiter}”-separated`,
    `dates ${dateOrder.order === 'MDY' ? 'month first' : 'day first'} (${DATE_BASIS[dateOrder.basis]})`,
  ];
}
