import { useState, type KeyboardEvent } from 'react';
import { KeyMenu, type KeyMenuItem } from '../ui/KeyMenu';

const OTHER = '__other__';

const REASONS: ReadonlyArray<KeyMenuItem<string>> = [
  { value: 'Not the right contact', label: 'Not the right contact' },
  { value: 'Already being handled', label: 'Already being handled' },
  { value: 'Bad time for them', label: 'Bad time for them' },
  { value: 'Duplicate lead', label: 'Duplicate lead' },
  { value: OTHER, label: 'Other reason…' },
];

interface SkipMenuProps {
  onSkip: (reason: string) => void;
  onClose: () => void;
}

/** Skipping asks why, in one key, or in a few words. */
export function SkipMenu({ onSkip, onClose }: SkipMenuProps) {
  const [writing, setWriting] = useState(false);
  const [reason, setReason] = useState('');
  if (!writing) {
    return (
      <KeyMenu
        label="Skip this lead because…"
        items={REASONS}
        onClose={onClose}
        onPick={(value) => (value === OTHER ? setWriting(true) : onSkip(value))}
      />
    );
  }
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <form
      className="key-menu skip-other"
      aria-label="Skip reason"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onSkip(reason.trim());
      }}
    >
      <label className="key-menu-title" htmlFor="skip-reason">
        Why skip this lead?
      </label>
      <input
        id="skip-reason"
        className="text-input"
        // The field appears only because the rep just asked to type a reason.
        autoFocus
        maxLength={200}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="key-menu-actions">
        <button type="submit" className="button" disabled={reason.trim() === ''}>
          Skip
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
