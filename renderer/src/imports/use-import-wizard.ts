import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ColumnTarget, ImportOptions } from '../../../shared/domain/import';
import { getBridge } from '../bridge/get-bridge';
import {
  activeImportId,
  INITIAL_WIZARD,
  wizardReducer,
  type WizardState,
} from './import-wizard-state';
import { mappingOverride } from './mapping-review';
import { uploadInChunks } from './upload-file';

export interface ImportWizard {
  state: WizardState;
  start: (file: File, options: ImportOptions) => Promise<void>;
  choose: (index: number, target: ColumnTarget) => void;
  commit: () => Promise<void>;
  cancel: () => Promise<void>;
  restart: () => void;
}

/**
 * One import at a time, from the file to the report. It lives above the screens, so an upload or
 * a commit carries on (and can still be cancelled) when the rep goes to another screen.
 */
export function useImportWizard(): ImportWizard {
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_WIZARD);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  const upload = useRef<AbortController | null>(null);
  const cancelRequested = useRef(false);

  useEffect(
    () =>
      getBridge().events.subscribe('imports.progress', (progress) =>
        dispatch({ type: 'progress', progress }),
      ),
    [],
  );

  const start = useCallback(async (file: File, options: ImportOptions) => {
    const api = getBridge().imports;
    const controller = new AbortController();
    upload.current = controller;
    dispatch({ type: 'upload-started', fileName: file.name, totalBytes: file.size });
    const begun = await api.begin(file.name, file.size, options);
    if (!begun.ok) return dispatch({ type: 'failed', message: begun.error.message });
    const { importId, maxChunkBytes } = begun.value;
    if (controller.signal.aborted) return void api.cancel(importId);
    dispatch({ type: 'import-begun', importId });
    const uploaded = await uploadInChunks(file, maxChunkBytes, {
      sendChunk: (base64) => api.chunk(importId, base64),
      onProgress: (sentBytes) => dispatch({ type: 'chunk-sent', sentBytes }),
      signal: controller.signal,
    });
    if (controller.signal.aborted) return;
    if (!uploaded.ok) {
      void api.cancel(importId);
      return dispatch({ type: 'failed', message: uploaded.error.message });
    }
    const preview = await api.preview(importId);
    if (controller.signal.aborted) return;
    if (!preview.ok) {
      void api.cancel(importId);
      return dispatch({ type: 'failed', message: preview.error.message });
    }
    dispatch({ type: 'previewed', preview: preview.value });
  }, []);

  const choose = useCallback(
    (index: number, target: ColumnTarget) => dispatch({ type: 'target-chosen', index, target }),
    [],
  );

  const commit = useCallback(async () => {
    const current = latest.current;
    if (current.step !== 'review') return;
    cancelRequested.current = false;
    dispatch({ type: 'commit-started' });
    const { preview } = current;
    const result = await getBridge().imports.commit(
      preview.importId,
      mappingOverride(preview.mapping, current.choices),
    );
    // A commit that finished before the cancel reached it is reported as done: it is.
    if (result.ok) dispatch({ type: 'committed', report: result.value });
    else if (cancelRequested.current || result.error.code === 'canceled')
      dispatch({ type: 'cancelled' });
    // The core keeps the file for a mapping it could not use: correct it and import again.
    else if (result.error.code === 'invalid-argument')
      dispatch({ type: 'commit-refused', message: result.error.message });
    else dispatch({ type: 'failed', message: result.error.message });
  }, []);

  const cancel = useCallback(async () => {
    const current = latest.current;
    const importId = activeImportId(current);
    if (current.step === 'committing') {
      // The commit's own answer says when the store is back as it was.
      cancelRequested.current = true;
      dispatch({ type: 'cancel-requested' });
      if (importId) await getBridge().imports.cancel(importId);
      return;
    }
    upload.current?.abort();
    if (importId) void getBridge().imports.cancel(importId);
    dispatch({ type: 'cancelled' });
  }, []);

  const restart = useCallback(() => dispatch({ type: 'restart' }), []);

  return { state, start, choose, commit, cancel, restart };
}
