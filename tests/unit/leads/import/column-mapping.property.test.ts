import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CUSTOM_COLUMN_PREFIX,
  LEAD_EXPORT_HEADER,
} from '../../../../electron/core/leads/export/export-leads';
import type { ColumnMapping } from '../../../../electron/core/leads/import/mapping/column-mapping';
import { proposeColumnMapping } from '../../../../electron/core/leads/import/mapping/propose-column-mapping';

/** The source columns of the CRMs' exports and of hand-made files. */
const SOURCE_HEADERS = [
  'Lead Source',
  'source',
  'Source',
  'utm_source',
  'Original Source',
  'Lead Source Detail',
  'Source channel',
  'Person - Source channel',
  'Deal - Source channel',
  'custom.Lead Source',
  'LEAD_SOURCE',
];

/** Words no field claims, so a header made of them is a custom column. */
const PLAIN_WORDS = ['tier', 'score', 'industry', 'budget', 'product', 'plan'];
const plainHeader = fc
  .array(fc.constantFrom(...PLAIN_WORDS), {
    minLength: 1,
    maxLength: 3,
  })
  .map((words) => words.join(' '));

/** A custom field's key as the importer writes it: lower-case words joined by "_". */
const customKey = fc
  .array(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), { minLength: 1, maxLength: 3 })
  .map((words) => words.join('_'));

function fieldsOf(mapping: ColumnMapping): string[] {
  return mapping.columns.flatMap((c) => (c.target.kind === 'field' ? [c.target.field] : []));
}

function customKeysOf(mapping: ColumnMapping): string[] {
  return mapping.columns.flatMap((c) => (c.target.kind === 'custom' ? [c.target.key] : []));
}

describe('column mapping (property)', () => {
  it('maps a source column wherever it stands among columns no field claims', () => {
    fc.assert(
      fc.property(
        fc.array(plainHeader, { maxLength: 12 }),
        fc.constantFrom(...SOURCE_HEADERS),
        fc.nat(),
        (others, source, at) => {
          const index = at % (others.length + 1);
          const headers = [...others.slice(0, index), source, ...others.slice(index)];
          const mapping = proposeColumnMapping(headers);
          expect(mapping.columns[index]?.target).toEqual({ kind: 'field', field: 'source' });
          expect(fieldsOf(mapping)).toEqual(['source']);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives each field to one column at most and each custom column a key of its own', () => {
    const anyHeader = fc.oneof(
      fc.constantFrom(...SOURCE_HEADERS, ...LEAD_EXPORT_HEADER, 'Phone', 'Email', 'First Name'),
      plainHeader,
      fc.string({ maxLength: 12 }),
      customKey.map((key) => `${CUSTOM_COLUMN_PREFIX}${key}`),
    );
    fc.assert(
      fc.property(fc.array(anyHeader, { maxLength: 30 }), (headers) => {
        const mapping = proposeColumnMapping(headers);
        const fields = fieldsOf(mapping);
        expect(new Set(fields).size).toBe(fields.length);
        const keys = customKeysOf(mapping);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 500 },
    );
  });

  // The export's own columns and its custom.<key> columns, read back by the importer: each custom
  // field gets its key back, whatever the key (lead_id, source, status…).
  it("gives a Dialdeck export's custom columns their keys back, beside its own columns", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(customKey, fc.constantFrom(...LEAD_EXPORT_HEADER, 'lead_source', 'mobile')),
          { maxLength: 12 },
        ),
        (keys) => {
          const headers = [
            ...LEAD_EXPORT_HEADER,
            ...keys.map((key) => `${CUSTOM_COLUMN_PREFIX}${key}`),
          ];
          expect(new Set(headers).size).toBe(headers.length);
          const mapping = proposeColumnMapping(headers);
          const custom = mapping.columns.slice(LEAD_EXPORT_HEADER.length);
          expect(custom.map((column) => column.target)).toEqual(
            keys.map((key) => ({ kind: 'custom', key })),
          );
          const source = mapping.columns[LEAD_EXPORT_HEADER.indexOf('source')];
          expect(source?.target).toEqual({ kind: 'field', field: 'source' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
