import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useScreenActive } from './screen-active';

/** A form with changes not yet saved, and how to drop them. */
export interface UnsavedForm {
  label: string;
  discard: () => void;
}

/** The forms on the screen on view that hold unsaved changes, by a key each form keeps. */
export class UnsavedChanges {
  private readonly forms = new Map<symbol, UnsavedForm>();

  set(key: symbol, form: UnsavedForm | null): void {
    if (form) this.forms.set(key, form);
    else this.forms.delete(key);
  }

  list(): UnsavedForm[] {
    return [...this.forms.values()];
  }
}

export const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);

/**
 * Tells the shell that this form holds unsaved changes while its screen is on view, so leaving
 * the screen asks first (and closing the window warns).
 */
export function useUnsavedChanges(label: string, dirty: boolean, discard: () => void): void {
  const registry = useContext(UnsavedChangesContext);
  const active = useScreenActive();
  const [key] = useState(() => Symbol(label));
  const latestDiscard = useRef(discard);
  useEffect(() => {
    latestDiscard.current = discard;
  });
  useEffect(() => {
    if (!registry) return;
    registry.set(key, dirty && active ? { label, discard: () => latestDiscard.current() } : null);
    return () => registry.set(key, null);
  }, [registry, key, label, dirty, active]);
}
