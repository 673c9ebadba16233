import { useState } from 'react';
import type { CallbackEntry } from '../../../shared/domain/callback';
import { leadDisplayName } from '../../../shared/domain/lead';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface CancelCallbackDialogProps {
  entry: CallbackEntry;
  onDone: () => void;
  onClose: () => void;
}

/** Cancelling a promise to call asks why, for the lead's history. */
export function CancelCallbackDialog({ entry, onDone, onClose }: CancelCallbackDialogProps) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const confirm = async () => {
    const done = await action.run(() => getBridge().callbacks.cancel(entry.lead.id, reason.trim()));
    if (done !== null) onDone();
  };
  return (
    <ConfirmDialog
      title={`Cancel the callback to ${leadDisplayName(entry.lead)}?`}
      confirmLabel="Cancel callback"
      dismissLabel="Keep it"
      tone="danger"
      canConfirm={reason.trim() !== '' && !action.busy}
      error={action.error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p className="muted">
        The lead goes back to its retry cadence, or is finished if it has no attempts left.
      </p>
      <label className="field">
        <span className="field-label">Why</span>
        <input
          className="text-input"
          // The dialog opened to ask exactly this.
          autoFocus
          maxLength={200}
          placeholder="They called us back; booked by email…"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
    </ConfirmDialog>
  );
}
