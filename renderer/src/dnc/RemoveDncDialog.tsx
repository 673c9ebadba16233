import { formatPhoneForHumans } from '../../../shared/format/phone';
import type { DncEntry } from '../../../shared/domain/dnc';
import { getBridge } from '../bridge/get-bridge';
import { ReasonDialog } from '../ui/ReasonDialog';

interface RemoveDncDialogProps {
  entry: DncEntry;
  homeCountry: string | null;
  onRemoved: () => void;
  onClose: () => void;
}

/** Taking a number off the list may let it be called again: it asks for a reason, kept on record. */
export function RemoveDncDialog({ entry, homeCountry, onRemoved, onClose }: RemoveDncDialogProps) {
  return (
    <ReasonDialog
      title={`Remove ${formatPhoneForHumans(entry.phoneE164, homeCountry)} from do-not-call?`}
      confirmLabel="Remove from the list"
      dismissLabel="Keep it listed"
      reasonLabel="Why remove it"
      placeholder="Entered by mistake; the customer asked to be called"
      testId="dnc-remove-reason"
      send={(reason) => getBridge().dnc.remove(entry.phoneE164, reason)}
      onDone={onRemoved}
      onCancel={onClose}
    >
      Leads with this number may be dialed again.
      {entry.reason && <> It was listed because: “{entry.reason}”.</>}
    </ReasonDialog>
  );
}
