import { leadDisplayName, type Lead } from '../../../shared/domain/lead';
import { getBridge } from '../bridge/get-bridge';
import { ReasonDialog } from '../ui/ReasonDialog';

interface CloseLeadDialogProps {
  lead: Lead;
  onClosed: () => void;
  onCancel: () => void;
}

/** A held lead nobody should call (a wrong country, a test row) leaves the queue, with a reason. */
export function CloseLeadDialog({ lead, onClosed, onCancel }: CloseLeadDialogProps) {
  return (
    <ReasonDialog
      title={`Close ${leadDisplayName(lead)}?`}
      confirmLabel="Close the lead"
      dismissLabel="Keep it held"
      placeholder="Test row; not a real prospect"
      send={(reason) => getBridge().leads.closeHeld(lead.id, reason)}
      onDone={onClosed}
      onCancel={onCancel}
    >
      The lead leaves the queue and is never dialed.
    </ReasonDialog>
  );
}
