import { useEffect } from 'react';
import type { UnsavedChanges } from './unsaved-changes';

/** Closing or reloading the window with unsaved changes on view: the browser asks first. */
export function useWarnBeforeUnload(unsaved: UnsavedChanges): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (unsaved.list().length > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}
