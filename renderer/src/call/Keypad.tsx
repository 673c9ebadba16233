import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

interface KeypadProps {
  onDigit: (digit: string) => void;
  onClose: () => void;
}

/**
 * Keypad tones for phone menus ("press 2 for sales"). While it is open the number keys send
 * tones instead of choosing outcomes; Esc or K closes it.
 */
export function Keypad({ onDigit, onClose }: KeypadProps) {
  const pad = useRef<HTMLDivElement>(null);
  const [sent, setSent] = useState('');

  useEffect(() => {
    pad.current?.focus();
  }, []);

  const press = (digit: string) => {
    setSent((current) => (current + digit).slice(-16));
    onDigit(digit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' || event.key.toLowerCase() === 'k') {
      event.preventDefault();
      onClose();
    } else if ((KEYS as readonly string[]).includes(event.key)) {
      event.preventDefault();
      press(event.key);
    }
  };

  return (
    <div
      ref={pad}
      className="keypad"
      role="group"
      aria-label="Keypad: type digits to send tones, Esc to close"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <output className="keypad-sent" aria-live="polite">
        {sent || 'Type digits'}
      </output>
      <div className="keypad-grid">
        {KEYS.map((key) => (
          <button key={key} type="button" className="keypad-key" onClick={() => press(key)}>
            {key}
          </button>
        ))}
      </div>
    </div>
  );
}
