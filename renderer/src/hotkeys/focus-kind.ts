import type { FocusKind } from './hotkey-map';

/** Input types that take typed text; a checkbox or a button does not. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Classifies the element a key press is aimed at (see FocusKind). */
export function focusKindOf(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'elsewhere';
  if (target.isContentEditable) return 'text-entry';
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return 'text-entry';
  }
  if (target instanceof HTMLInputElement) {
    return NON_TEXT_INPUTS.has(target.type) ? controlKind(target) : 'text-entry';
  }
  if (target.matches('button, a[href], [role="button"], [role="menuitem"], [role="tab"]')) {
    return controlKind(target);
  }
  return 'elsewhere';
}

/**
 * A control reached with the keyboard keeps Space and Enter for itself. One that merely kept
 * focus after a mouse click does not, so Space still dials after the rep clicked a button.
 */
function controlKind(element: HTMLElement): FocusKind {
  return element.matches(':focus-visible') ? 'focused-control' : 'elsewhere';
}
