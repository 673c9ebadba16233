import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ErrorText } from './ErrorText';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The button that closes without doing anything. */
  dismissLabel?: string;
  tone?: 'danger' | 'primary';
  /** The confirm button waits for this (a reason typed, a request in flight). */
  canConfirm: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question (the browser's own <dialog>: focus stays inside, Esc cancels). Enter in its
 * fields confirms; focus goes back where it was when it closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirmLabel, dismissLabel = 'Cancel', tone = 'primary' } = props;
  const { canConfirm, error } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const latestCancel = useRef(props.onCancel);
  useEffect(() => {
    latestCancel.current = props.onCancel;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const returnTo = document.activeElement;
    element.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      latestCancel.current();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      element.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canConfirm) props.onConfirm();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="dialog-title">
      <form onSubmit={onSubmit}>
        <h2 id="dialog-title" className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <ErrorText message={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={props.onCancel}>
            {dismissLabel}
          </button>
          <button
            type="submit"
            className={`button button-${tone}`}
            aria-disabled={canConfirm ? undefined : 'true'}
          >
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
