import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_CUSTOM_FIELDS } from '../../../../shared/domain/import';
import { collectLeadFile } from '../../../../electron/core/leads/import/pipeline/collect-lead-file';
import { previewLeadFile } from '../../../../electron/core/leads/import/pipeline/preview-lead-file';
import { chunked, encodeText } from './byte-streams';
import { IMPORTED_AT } from './fixture-paths';

const options = { defaultCountry: 'US', dateTimeZone: 'America/New_York', importedAt: IMPORTED_AT };

/** A lead file: first name, phone, then `customCount` custom columns c1, c2, ... */
function wideFile(customCount: number, rows: string[][]): AsyncIterable<Uint8Array> {
  const header = [
    'First Name',
    'Phone',
    ...Array.from({ length: customCount }, (_, i) => `c${i + 1}`),
  ];
  return chunked(encodeText([header, ...rows].map((row) => row.join(',')).join('\n'), 'utf-8'));
}

describe('the custom-field cap', () => {
  it('imports the first 200 custom columns of a 10,000-column file and says which were left out', async () => {
    const values = Array.from({ length: 10_000 }, (_, i) => `v${i + 1}`);
    const file = await collectLeadFile(
      wideFile(10_000, [['Ana', '+14155550123', ...values]]),
      options,
    );
    const custom = file.candidates[0]!.custom;
    expect(Object.keys(custom)).toHaveLength(IMPORT_MAX_CUSTOM_FIELDS);
    expect(custom).toMatchObject({ c1: 'v1', c200: 'v200' });
    expect(custom).not.toHaveProperty('c201');
    expect(file.summary.warnings).toContain(
      '9,800 columns are not imported: every custom field from “c201” (column 203) to ' +
        '“c10000” (column 10,002). A file can add at most 200 custom fields and this one has ' +
        '10,000. To keep some of them, delete the columns you do not need from the file and ' +
        'import it again.',
    );
  });

  it('warns in the preview before anything is imported, naming a single column', async () => {
    const preview = await previewLeadFile(wideFile(201, [['Ana', '+14155550123']]), 5, options);
    expect(preview.warnings).toContain(
      '1 column is not imported: “c201” (column 203). A file can add at most 200 custom ' +
        'fields and this one has 201. To keep it, delete the columns you do not need from the ' +
        'file and import it again.',
    );
  });

  it('keeps a ragged row’s extra cells only as far as the cap leaves room, and reports the rest', async () => {
    const customs = Array.from({ length: 199 }, () => '');
    const file = await collectLeadFile(
      wideFile(199, [['Ana', '+14155550123', ...customs, 'kept', 'lost', '', 'lost too']]),
      options,
    );
    expect(file.candidates[0]!.custom).toEqual({ column_202: 'kept' });
    expect(file.summary.warnings.join(' ')).not.toContain('not imported');
    expect(file.issues.map((issue) => [issue.field, issue.value, issue.reason])).toEqual([
      ['column_202', 'kept', 'the row has more cells than the header; kept as column_202'],
      [
        'column 203',
        'lost',
        '2 cells past the header from column 203 on not imported: a file can add at most 200 custom fields',
      ],
    ]);
  });
});
