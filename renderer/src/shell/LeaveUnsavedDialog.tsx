import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { UnsavedForm } from './unsaved-changes';

interface LeaveUnsavedDialogProps {
  forms: readonly UnsavedForm[];
  onLeave: () => void;
  onStay: () => void;
}

/** Leaving a screen whose forms hold unsaved changes: stay (Esc) or drop them and go. */
export function LeaveUnsavedDialog({ forms, onLeave, onStay }: LeaveUnsavedDialogProps) {
  return (
    <ConfirmDialog
      title="Leave with unsaved changes?"
      confirmLabel="Discard changes and leave"
      dismissLabel="Stay and save"
      tone="danger"
      canConfirm
      error={null}
      onConfirm={onLeave}
      onCancel={onStay}
    >
      <p>
        Not saved yet: {forms.map((form) => form.label).join(', ')}. Leaving puts back what was
        saved.
      </p>
    </ConfirmDialog>
  );
}
