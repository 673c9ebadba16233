import type {
  ColumnTarget,
  ImportPreview,
  ImportProgress,
  ImportProgressEvent,
  ImportReport,
} from '../../../shared/domain/import';
import { sameTarget, type MappingChoices } from './mapping-review';

/**
 * The import wizard's steps: choose a file and options, upload it, review the mapping, commit
 * with progress, read the report. `cancelled` and `failed` end a run; the user starts again from
 * `choose`.
 */
export type WizardState =
  | { step: 'choose' }
  | {
      step: 'uploading';
      fileName: string;
      importId: string | null;
      sentBytes: number;
      totalBytes: number;
    }
  | {
      step: 'review';
      preview: ImportPreview;
      choices: MappingChoices;
      /** Why the core refused the last commit (a mapping it cannot use), to correct and retry. */
      refusal: string | null;
    }
  | {
      step: 'committing';
      preview: ImportPreview;
      /** Kept so a refused commit returns to the review as the user left it. */
      choices: MappingChoices;
      progress: ImportProgress | null;
      cancelling: boolean;
    }
  /** `lateCancel`: the rep cancelled, but the import had already finished. */
  | { step: 'report'; report: ImportReport; lateCancel: boolean }
  | { step: 'cancelled'; fileName: string; whileCommitting: boolean }
  | { step: 'failed'; fileName: string; message: string };

export type WizardEvent =
  | { type: 'upload-started'; fileName: string; totalBytes: number }
  | { type: 'import-begun'; importId: string }
  | { type: 'chunk-sent'; sentBytes: number }
  | { type: 'previewed'; preview: ImportPreview }
  | { type: 'target-chosen'; index: number; target: ColumnTarget }
  | { type: 'commit-started' }
  | { type: 'progress'; progress: ImportProgressEvent }
  | { type: 'cancel-requested' }
  | { type: 'committed'; report: ImportReport }
  | { type: 'commit-refused'; message: string }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string }
  | { type: 'restart' };

export const INITIAL_WIZARD: WizardState = { step: 'choose' };

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'upload-started':
      return {
        step: 'uploading',
        fileName: event.fileName,
        importId: null,
        sentBytes: 0,
        totalBytes: event.totalBytes,
      };
    case 'import-begun':
      return state.step === 'uploading' ? { ...state, importId: event.importId } : state;
    case 'chunk-sent':
      return state.step === 'uploading' ? { ...state, sentBytes: event.sentBytes } : state;
    case 'previewed':
      return state.step === 'uploading'
        ? { step: 'review', preview: event.preview, choices: new Map(), refusal: null }
        : state;
    case 'target-chosen':
      return state.step === 'review'
        ? { ...state, choices: choose(state, event), refusal: null }
        : state;
    case 'commit-started':
      return state.step === 'review'
        ? {
            step: 'committing',
            preview: state.preview,
            choices: state.choices,
            progress: null,
            cancelling: false,
          }
        : state;
    case 'progress':
      // Events of an earlier import (cancelled, say) may still be on their way.
      return state.step === 'committing' && event.progress.importId === state.preview.importId
        ? { ...state, progress: event.progress }
        : state;
    case 'cancel-requested':
      return state.step === 'committing' ? { ...state, cancelling: true } : state;
    case 'committed':
      return state.step === 'committing'
        ? { step: 'report', report: event.report, lateCancel: state.cancelling }
        : state;
    case 'commit-refused':
      return state.step === 'committing'
        ? { step: 'review', preview: state.preview, choices: state.choices, refusal: event.message }
        : state;
    case 'cancelled':
      return {
        step: 'cancelled',
        fileName: fileNameOf(state),
        whileCommitting: state.step === 'committing',
      };
    case 'failed':
      return { step: 'failed', fileName: fileNameOf(state), message: event.message };
    case 'restart':
      return INITIAL_WIZARD;
  }
}

/** A choice equal to the proposal is no correction: the column shows the proposal's confidence. */
function choose(
  state: Extract<WizardState, { step: 'review' }>,
  event: Extract<WizardEvent, { type: 'target-chosen' }>,
): MappingChoices {
  const choices = new Map(state.choices);
  const proposed = state.preview.mapping.columns[event.index]?.target;
  if (sameTarget(proposed, event.target)) choices.delete(event.index);
  else choices.set(event.index, event.target);
  return choices;
}

function fileNameOf(state: WizardState): string {
  switch (state.step) {
    case 'uploading':
    case 'cancelled':
    case 'failed':
      return state.fileName;
    case 'review':
    case 'committing':
      return state.preview.fileName;
    case 'report':
      return state.report.fileName;
    case 'choose':
      return '';
  }
}

/** The import the core is holding for this run, which a cancel must release. */
export function activeImportId(state: WizardState): string | null {
  switch (state.step) {
    case 'uploading':
      return state.importId;
    case 'review':
    case 'committing':
      return state.preview.importId;
    default:
      return null;
  }
}
