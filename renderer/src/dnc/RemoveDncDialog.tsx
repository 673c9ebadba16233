import { useState } from 'react';
import { formatPhoneForHumans } from '../../../shared/format/phone';
import type { DncEntry } from '../../../shared/domain/dnc';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface RemoveDncDialogProps {
  entry: DncEntry;
  homeCountry: string | null;
  onRemoved: () => void;
  onClose: () => void;
}

/** Taking a number off the list may let it be called again: it asks for a reason, kept on record. */
export function RemoveDncDialog({ entry, homeCountry, onRemoved, onClose }: RemoveDncDialogProps) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const remove = async () => {
    const done = await action.run(() => getBridge().dnc.remove(entry.phoneE164, reason.trim()));
    if (done !== null) onRemoved();
  };
  return (
    <ConfirmDialog
      title={`Remove ${formatPhoneForHumans(entry.phoneE164, homeCountry)} from do-not-call?`}
      confirmLabel="Remove from the list"
      dismissLabel="Keep it listed"
      tone="danger"
      canConfirm={reason.trim() !== '' && !action.busy}
      error={action.error}
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      <p className="muted">
        Leads with this number may be dialed again.
        {entry.reason && <> It was listed because: “{entry.reason}”.</>}
      </p>
      <label className="field">
        <span className="field-label">Why remove it</span>
        <input
          className="text-input"
          data-testid="dnc-remove-reason"
          // The dialog opened to ask exactly this.
          autoFocus
          maxLength={200}
          placeholder="Entered by mistake; the customer asked to be called"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
    </ConfirmDialog>
  );
}
