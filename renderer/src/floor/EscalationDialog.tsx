import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { EscalationReceipt } from '../../../shared/ipc/domains/floor';
import { getBridge } from '../bridge/get-bridge';
import { Kbd } from '../ui/Kbd';

interface EscalationDialogProps {
  /** What the escalation is about, in words: "the call with Dana Reyes". */
  about: string;
  onSent: (receipt: EscalationReceipt) => void;
  onClose: () => void;
}

/**
 * A note for the supervisor about the call on screen. Enter sends (Shift+Enter: a new line), Esc
 * closes; keys typed here never reach the dialer's hotkeys.
 */
export function EscalationDialog({ about, onSent, onClose }: EscalationDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const returnTo = document.activeElement;
    element.showModal();
    element.querySelector('textarea')?.focus();
    return () => {
      element.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  const send = () => {
    if (sending || note.trim() === '') return;
    setSending(true);
    setError(null);
    getBridge()
      .floor.escalate(note.trim())
      .then(
        (result) => {
          setSending(false);
          if (result.ok) onSent(result.value);
          else setError(result.error.message);
        },
        (failure: Error) => {
          setSending(false);
          setError(failure.message);
        },
      );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <dialog
      ref={dialog}
      className="escalation-dialog"
      aria-labelledby="escalation-title"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={onSubmit}>
        <h2 id="escalation-title">Escalate to the supervisor</h2>
        <p className="muted">About {about}. The supervisor sees it on the floor at once.</p>
        <textarea
          className="text-input"
          aria-label="Note for the supervisor"
          data-testid="escalation-note"
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="escalation-dialog-actions">
          {error && (
            <span role="alert" className="escalation-dialog-error">
              {error}
            </span>
          )}
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel <Kbd>Esc</Kbd>
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={sending || note.trim() === ''}
          >
            Send <Kbd>Enter</Kbd>
          </button>
        </div>
      </form>
    </dialog>
  );
}
