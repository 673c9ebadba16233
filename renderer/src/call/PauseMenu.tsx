import { PAUSE_CODES, type PauseCode } from '../../../shared/domain/session';
import { KeyMenu } from '../ui/KeyMenu';

const LABELS: Record<PauseCode, string> = {
  break: 'Break',
  meeting: 'Meeting',
  training: 'Training',
  admin: 'Admin',
  other: 'Other',
};

const ITEMS = PAUSE_CODES.map((code) => ({ value: code, label: LABELS[code] }));

interface PauseMenuProps {
  /** During a call the pause starts once its outcome is saved. */
  afterCall: boolean;
  onPause: (code: PauseCode) => void;
  onClose: () => void;
}

export function PauseMenu({ afterCall, onPause, onClose }: PauseMenuProps) {
  return (
    <KeyMenu
      label={afterCall ? 'Pause after this call for…' : 'Pause for…'}
      items={ITEMS}
      onPick={onPause}
      onClose={onClose}
    />
  );
}

export function pauseLabel(code: PauseCode): string {
  return LABELS[code];
}
