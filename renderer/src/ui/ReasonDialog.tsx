import { useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import { useAction } from '../bridge/use-action';
import { ConfirmDialog } from './ConfirmDialog';

interface ReasonDialogProps {
  title: string;
  /** What confirming does, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  dismissLabel: string;
  reasonLabel?: string;
  placeholder: string;
  testId?: string;
  /** Sends the change with the reason (trimmed, never empty). */
  send: (reason: string) => Promise<Result<unknown>>;
  onDone: () => void;
  onCancel: () => void;
}

/** A change that takes something away asks why, for the record, and confirms only with a reason. */
export function ReasonDialog(props: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const confirm = async () => {
    const done = await action.run(() => props.send(reason.trim()));
    if (done !== null) props.onDone();
  };
  return (
    <ConfirmDialog
      title={props.title}
      confirmLabel={props.confirmLabel}
      dismissLabel={props.dismissLabel}
      tone="danger"
      canConfirm={reason.trim() !== '' && !action.busy}
      error={action.error}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
    >
      <p className="muted">{props.children}</p>
      <label className="field">
        <span className="field-label">{props.reasonLabel ?? 'Why'}</span>
        <input
          className="text-input"
          data-testid={props.testId}
          // The dialog opened to ask exactly this.
          autoFocus
          maxLength={200}
          placeholder={props.placeholder}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
    </ConfirmDialog>
  );
}
