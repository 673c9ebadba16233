import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { KEY_LABELS } from '../hotkeys/hotkey-map';
import { Kbd } from '../ui/Kbd';

/**
 * While the rep types, the note goes to the session at most this often: not a request per
 * keystroke, yet soon enough that the first send holds the wrap-up countdown.
 */
const SEND_EVERY_MS = 400;

interface NotesBoxProps {
  /** The note as the session holds it when this call's box opens. */
  initialNote: string;
  /** Notes can be written now (connected, wrap-up, or a wrap-up that ran out unsaved). */
  open: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onSend: (note: string) => void;
  /** Ctrl+Enter in the box: send the note, then confirm. */
  onConfirm: () => void;
}

/**
 * The call's note. The text stays local while the rep types and goes to the session as they type,
 * when the box loses focus, and before Ctrl+Enter confirms. Mount one per call.
 */
export function NotesBox({ initialNote, open, textareaRef, onSend, onConfirm }: NotesBoxProps) {
  const [note, setNote] = useState(initialNote);
  const sent = useRef(initialNote);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestSend = useRef(onSend);
  useEffect(() => {
    latestSend.current = onSend;
  });

  const flush = (text: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (text === sent.current) return;
    sent.current = text;
    latestSend.current(text);
  };

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const latestNote = useRef(note);
  const onChange = (text: string) => {
    setNote(text);
    latestNote.current = text;
    timer.current ??= setTimeout(() => flush(latestNote.current), SEND_EVERY_MS);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      flush(note);
      onConfirm();
    }
  };

  return (
    <div className="notes">
      <label htmlFor="call-notes" className="panel-title notes-label">
        Notes <Kbd>{KEY_LABELS.notes}</Kbd>
        <span className="muted notes-help">Esc leaves · Ctrl+Enter saves</span>
      </label>
      <textarea
        id="call-notes"
        ref={textareaRef}
        className="text-input notes-input"
        data-testid="notes"
        aria-keyshortcuts="N"
        rows={4}
        maxLength={4000}
        readOnly={!open}
        placeholder={
          open ? 'What did they say? What comes next?' : 'Notes open once the call connects.'
        }
        value={note}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => flush(note)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
