import type { ReactNode } from 'react';
import { actionForCommand, type SessionView } from '../hotkeys/command-action';
import { KEY_LABELS, type HotkeyCommand } from '../hotkeys/hotkey-map';
import { Kbd } from '../ui/Kbd';

interface LegendEntry {
  key: string;
  action: string;
  /** The command the key sends; null: a key that always does something (Esc leaves a field). */
  command: HotkeyCommand | null;
}

const LEGEND: readonly LegendEntry[] = [
  { key: KEY_LABELS.dialOrHangUp, action: 'dial / hang up', command: { kind: 'dial-or-hang-up' } },
  { key: '1–9', action: 'outcome', command: { kind: 'choose-outcome', code: '' } },
  { key: KEY_LABELS.confirm, action: 'save & next', command: { kind: 'confirm' } },
  { key: KEY_LABELS.notes, action: 'notes', command: { kind: 'focus-notes' } },
  { key: KEY_LABELS.pause, action: 'pause / resume', command: { kind: 'pause-or-resume' } },
  { key: KEY_LABELS.skip, action: 'skip', command: { kind: 'skip' } },
  { key: KEY_LABELS.mute, action: 'mute', command: { kind: 'toggle-mute' } },
  { key: KEY_LABELS.keypad, action: 'keypad', command: { kind: 'toggle-keypad' } },
  { key: KEY_LABELS.hangUp, action: 'hang up · leave a field', command: null },
  { key: KEY_LABELS.undo, action: 'undo outcome', command: { kind: 'undo' } },
  { key: KEY_LABELS.scriptSections, action: 'script section', command: null },
];

/** Whether the key does something in this state (else it would only explain why not). */
export function keyWorksNow(command: HotkeyCommand | null, session: SessionView): boolean {
  return command === null || actionForCommand(command, session).type !== 'hint';
}

interface HotkeyLegendProps {
  session: SessionView;
  /** More keys. */
  children?: ReactNode;
}

/** Every key at a glance, the ones that do nothing now dimmed; keys never fire while typing. */
export function HotkeyLegend({ session, children }: HotkeyLegendProps) {
  return (
    <footer className="hotkey-legend" aria-label="Keyboard shortcuts">
      {LEGEND.map(({ key, action, command }) => {
        const works = keyWorksNow(command, session);
        return (
          <span
            key={key}
            className={works ? 'hotkey-legend-item' : 'hotkey-legend-item is-inactive'}
            data-testid={`hotkey-${key}`}
            data-works-now={works}
          >
            <Kbd>{key}</Kbd> {action}
            {!works && <span className="visually-hidden"> (not now)</span>}
          </span>
        );
      })}
      {children}
      <span className="muted">Keys pause while you type in a field.</span>
    </footer>
  );
}
