import { useRef, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  /** Carries a token (a wall screen's): shown only when asked for, copied as it is. */
  secret?: boolean;
}

/** An address to hand out: read-only, selectable, one click (or Enter) to copy. */
export function CopyField({ label, value, secret = false }: CopyFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const [shown, setShown] = useState(!secret);
  const copy = () => {
    const done = () => setCopied(true);
    if (navigator.clipboard) {
      navigator.clipboard.writeText(value).then(done, () => selectText());
    } else {
      selectText();
    }
  };
  // Without clipboard access (an insecure origin) the text is selected for Ctrl+C.
  const selectText = () => {
    setShown(true);
    input.current?.select();
  };
  return (
    <span className="copy-field">
      <span className="copy-field-label">{label}</span>
      <input
        ref={input}
        className="text-input copy-field-input"
        readOnly
        aria-label={label}
        value={shown ? value : value.replace(/token=.*/, 'token=••••••')}
        onFocus={(event) => event.currentTarget.select()}
      />
      {secret && !shown && (
        <button type="button" className="button button-quiet" onClick={() => setShown(true)}>
          Show
        </button>
      )}
      <button type="button" className="button button-quiet" onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </span>
  );
}
