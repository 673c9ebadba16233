import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../shared/domain/import';
import {
  activeImportId,
  INITIAL_WIZARD,
  wizardReducer,
  type WizardEvent,
  type WizardState,
} from '../../../renderer/src/imports/import-wizard-state';

const preview: ImportPreview = {
  importId: 'imp-1',
  fileName: 'crm.csv',
  headers: ['Name', 'Phone'],
  mapping: {
    signature: 's',
    columns: [
      { index: 0, header: 'Name', target: { kind: 'field', field: 'fullName' }, confidence: 1 },
      { index: 1, header: 'Phone', target: { kind: 'field', field: 'phone' }, confidence: 1 },
    ],
  },
  sampleRows: [['Ada', '555']],
  encoding: { encoding: 'utf-8', bom: true },
  dialect: { delimiter: ';', newline: '\r\n' },
  dateOrder: { order: 'MDY', basis: 'default-country' },
  warnings: [],
  remembered: null,
};

const run = (events: WizardEvent[], from: WizardState = INITIAL_WIZARD) =>
  events.reduce(wizardReducer, from);

const uploaded: WizardEvent[] = [
  { type: 'upload-started', fileName: 'crm.csv', totalBytes: 1000 },
  { type: 'import-begun', importId: 'imp-1' },
  { type: 'chunk-sent', sentBytes: 1000 },
  { type: 'previewed', preview },
];

describe('the import wizard’s steps', () => {
  it('goes from the file to the upload to the review', () => {
    const uploading = run(uploaded.slice(0, 3));
    expect(uploading).toMatchObject({ step: 'uploading', importId: 'imp-1', sentBytes: 1000 });
    expect(activeImportId(uploading)).toBe('imp-1');
    expect(run(uploaded)).toMatchObject({ step: 'review', choices: new Map() });
  });

  it('keeps a correction, and forgets one that puts back the proposal', () => {
    const changed = run([
      ...uploaded,
      { type: 'target-chosen', index: 0, target: { kind: 'field', field: 'company' } },
    ]);
    expect(changed.step === 'review' && [...changed.choices]).toEqual([
      [0, { kind: 'field', field: 'company' }],
    ]);
    const back = run(
      [{ type: 'target-chosen', index: 0, target: { kind: 'field', field: 'fullName' } }],
      changed,
    );
    expect(back.step === 'review' && back.choices.size).toBe(0);
  });

  it('shows progress of its own import only', () => {
    const committing = run([...uploaded, { type: 'commit-started' }]);
    const progress = { bytesRead: 10, totalBytes: 100, rowsRead: 5, leads: 5, issues: 0 };
    expect(
      run([{ type: 'progress', progress: { ...progress, importId: 'old' } }], committing),
    ).toMatchObject({ progress: null });
    expect(
      run([{ type: 'progress', progress: { ...progress, importId: 'imp-1' } }], committing),
    ).toMatchObject({ progress: { rowsRead: 5 } });
  });

  it('ends with the report, or cancelled while committing', () => {
    const committing = run([...uploaded, { type: 'commit-started' }]);
    const report = { importId: 'imp-1', fileName: 'crm.csv' } as ImportReport;
    expect(run([{ type: 'committed', report }], committing)).toEqual({
      step: 'report',
      report,
      lateCancel: false,
    });
    expect(run([{ type: 'cancel-requested' }, { type: 'committed', report }], committing)).toEqual({
      step: 'report',
      report,
      lateCancel: true,
    });
    expect(run([{ type: 'cancel-requested' }, { type: 'cancelled' }], committing)).toEqual({
      step: 'cancelled',
      fileName: 'crm.csv',
      whileCommitting: true,
    });
  });

  it('returns to the review, corrections kept, when the core refuses the mapping', () => {
    const corrected = run([
      ...uploaded,
      { type: 'target-chosen', index: 0, target: { kind: 'ignore' } },
      { type: 'commit-started' },
      { type: 'commit-refused', message: 'No phone column.' },
    ]);
    expect(corrected).toMatchObject({ step: 'review', refusal: 'No phone column.' });
    expect(corrected.step === 'review' && corrected.choices.size).toBe(1);
    const edited = run(
      [{ type: 'target-chosen', index: 1, target: { kind: 'field', field: 'mobile' } }],
      corrected,
    );
    expect(edited).toMatchObject({ refusal: null });
  });

  it('says which file failed and why, and starts again from the file', () => {
    const failed = run([uploaded[0]!, { type: 'failed', message: 'The file is empty.' }]);
    expect(failed).toEqual({ step: 'failed', fileName: 'crm.csv', message: 'The file is empty.' });
    expect(activeImportId(failed)).toBeNull();
    expect(run([{ type: 'restart' }], failed)).toEqual(INITIAL_WIZARD);
  });

  it('ignores events that do not belong to the step (a late preview after a cancel)', () => {
    const cancelled = run([uploaded[0]!, { type: 'cancelled' }]);
    expect(run([{ type: 'previewed', preview }], cancelled)).toBe(cancelled);
  });
});
