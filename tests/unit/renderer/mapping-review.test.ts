import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/domain/import';
import {
  columnSamples,
  mappingOverride,
  mappingProblems,
  reviewColumns,
  type MappingChoices,
} from '../../../renderer/src/imports/mapping-review';
import { choiceOf, targetFor, TARGET_CHOICES } from '../../../renderer/src/imports/column-targets';

const proposal: ColumnMapping = {
  signature: 'sig-1',
  columns: [
    {
      index: 0,
      header: 'First Name',
      target: { kind: 'field', field: 'firstName' },
      confidence: 1,
    },
    { index: 1, header: 'Phone', target: { kind: 'field', field: 'phone' }, confidence: 0.9 },
    { index: 2, header: 'Cell', target: { kind: 'custom', key: 'cell' }, confidence: 0.5 },
    { index: 3, header: 'Created', target: { kind: 'field', field: 'createdAt' }, confidence: 0.6 },
  ],
};

describe('reviewColumns: the mapping as the core will import it', () => {
  it('shows the proposal with its confidence when nothing is changed', () => {
    const columns = reviewColumns(proposal, new Map());
    expect(columns.map((c) => c.level)).toEqual(['high', 'high', 'low', 'medium']);
    expect(columns.every((c) => c.lostFieldTo === null)).toBe(true);
  });

  it('gives a field to the chosen column and turns its former column into a custom field', () => {
    const choices: MappingChoices = new Map([[2, { kind: 'field', field: 'phone' }]]);
    const columns = reviewColumns(proposal, choices);
    expect(columns[2]).toMatchObject({
      target: { kind: 'field', field: 'phone' },
      level: 'chosen',
    });
    expect(columns[1]).toMatchObject({
      target: { kind: 'custom', key: 'Phone' },
      lostFieldTo: 'Cell',
      level: 'low',
    });
  });
});

describe('mappingOverride', () => {
  it('is null when the user changed nothing, so the core uses (and remembers) its proposal', () => {
    expect(mappingOverride(proposal, new Map())).toBeNull();
  });

  it('lists only real changes, in column order, for the proposal’s header signature', () => {
    const choices: MappingChoices = new Map([
      [3, { kind: 'ignore' }],
      [0, { kind: 'field', field: 'firstName' }],
      [2, { kind: 'field', field: 'mobile' }],
    ]);
    expect(mappingOverride(proposal, choices)).toEqual({
      signature: 'sig-1',
      columns: [
        { index: 2, target: { kind: 'field', field: 'mobile' } },
        { index: 3, target: { kind: 'ignore' } },
      ],
    });
  });
});

describe('mappingProblems', () => {
  it('blocks an import with no number to dial', () => {
    const choices: MappingChoices = new Map([[1, { kind: 'ignore' }]]);
    const { blocking } = mappingProblems(reviewColumns(proposal, choices));
    expect(blocking).toEqual([
      'No column is mapped to Phone or Mobile: a lead without a number cannot be dialed.',
    ]);
  });

  it('accepts a mobile column alone', () => {
    const choices: MappingChoices = new Map([
      [1, { kind: 'ignore' }],
      [2, { kind: 'field', field: 'mobile' }],
    ]);
    expect(mappingProblems(reviewColumns(proposal, choices)).blocking).toEqual([]);
  });

  it('blocks a field the user gave to two columns, naming both', () => {
    const columns = reviewColumns(
      proposal,
      new Map([
        [0, { kind: 'field', field: 'email' }],
        [2, { kind: 'field', field: 'email' }],
      ]),
    );
    expect(mappingProblems(columns).blocking).toEqual([
      'Email is chosen for 2 columns (“First Name”, “Cell”): keep it on one.',
    ]);
  });

  it('warns about a file without names or created dates', () => {
    const columns = reviewColumns(
      proposal,
      new Map([
        [0, { kind: 'ignore' }],
        [3, { kind: 'ignore' }],
      ]),
    );
    const { warnings } = mappingProblems(columns);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('Unnamed lead');
    expect(warnings[1]).toContain('speed-to-lead clock starts at the import');
  });
});

describe('column targets and samples', () => {
  it('offers every lead field, a custom field and ignore, and round-trips a choice', () => {
    expect(TARGET_CHOICES).toHaveLength(17);
    expect(TARGET_CHOICES).toContainEqual({ value: 'source', label: 'Source / channel' });
    expect(choiceOf(targetFor('postalCode', 'Zip'))).toBe('postalCode');
    expect(targetFor('custom', 'Lead Status')).toEqual({ kind: 'custom', key: 'Lead Status' });
    expect(targetFor('ignore', 'x')).toEqual({ kind: 'ignore' });
  });

  it('samples distinct non-empty values', () => {
    const rows = [
      ['a', ''],
      ['a', ' x '],
      ['b', 'y'],
      ['c', 'z'],
      ['d', 'w'],
    ];
    expect(columnSamples(rows, 0)).toEqual(['a', 'b', 'c']);
    expect(columnSamples(rows, 1, 2)).toEqual(['x', 'y']);
    expect(columnSamples(rows, 5)).toEqual([]);
  });
});
