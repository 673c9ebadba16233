import type { ReactNode } from 'react';
import { KEY_LABELS } from '../hotkeys/hotkey-map';
import { Kbd } from '../ui/Kbd';

const LEGEND: ReadonlyArray<[string, string]> = [
  [KEY_LABELS.dialOrHangUp, 'dial / hang up'],
  ['1–9', 'outcome'],
  [KEY_LABELS.confirm, 'save & next'],
  [KEY_LABELS.notes, 'notes'],
  [KEY_LABELS.pause, 'pause / resume'],
  [KEY_LABELS.skip, 'skip'],
  [KEY_LABELS.mute, 'mute'],
  [KEY_LABELS.keypad, 'keypad'],
  [KEY_LABELS.hangUp, 'hang up · leave a field'],
  [KEY_LABELS.undo, 'undo outcome'],
  [KEY_LABELS.scriptSections, 'script section'],
];

/** Every key at a glance; hotkeys never fire while typing in a field. `children`: more keys. */
export function HotkeyLegend({ children }: { children?: ReactNode }) {
  return (
    <footer className="hotkey-legend" aria-label="Keyboard shortcuts">
      {LEGEND.map(([key, action]) => (
        <span key={key} className="hotkey-legend-item">
          <Kbd>{key}</Kbd> {action}
        </span>
      ))}
      {children}
      <span className="muted">Keys pause while you type in a field.</span>
    </footer>
  );
}
