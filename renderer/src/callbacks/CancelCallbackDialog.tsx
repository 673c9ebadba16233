import type { CallbackEntry } from '../../../shared/domain/callback';
import { leadDisplayName } from '../../../shared/domain/lead';
import { getBridge } from '../bridge/get-bridge';
import { ReasonDialog } from '../ui/ReasonDialog';

interface CancelCallbackDialogProps {
  entry: CallbackEntry;
  onDone: () => void;
  onClose: () => void;
}

/** Cancelling a promise to call asks why, for the lead's history. */
export function CancelCallbackDialog({ entry, onDone, onClose }: CancelCallbackDialogProps) {
  return (
    <ReasonDialog
      title={`Cancel the callback to ${leadDisplayName(entry.lead)}?`}
      confirmLabel="Cancel callback"
      dismissLabel="Keep it"
      placeholder="They called us back; booked by email…"
      send={(reason) => getBridge().callbacks.cancel(entry.lead.id, reason)}
      onDone={onDone}
      onCancel={onClose}
    >
      The lead goes back to its retry cadence, or is finished if it has no attempts left.
    </ReasonDialog>
  );
}
