import { useState } from 'react';
import { leadDisplayName, type Lead } from '../../../shared/domain/lead';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface CloseLeadDialogProps {
  lead: Lead;
  onClosed: () => void;
  onCancel: () => void;
}

/** A held lead nobody should call (a wrong country, a test row) leaves the queue, with a reason. */
export function CloseLeadDialog({ lead, onClosed, onCancel }: CloseLeadDialogProps) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const close = async () => {
    const done = await action.run(() => getBridge().leads.closeHeld(lead.id, reason.trim()));
    if (done !== null) onClosed();
  };
  return (
    <ConfirmDialog
      title={`Close ${leadDisplayName(lead)}?`}
      confirmLabel="Close the lead"
      dismissLabel="Keep it held"
      tone="danger"
      canConfirm={reason.trim() !== '' && !action.busy}
      error={action.error}
      onConfirm={() => void close()}
      onCancel={onCancel}
    >
      <p className="muted">The lead leaves the queue and is never dialed.</p>
      <label className="field">
        <span className="field-label">Why</span>
        <input
          className="text-input"
          // The dialog opened to ask exactly this.
          autoFocus
          maxLength={200}
          placeholder="Test row; not a real prospect"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
    </ConfirmDialog>
  );
}
