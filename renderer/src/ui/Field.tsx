import type { ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** The id of the control inside, for the label. */
  htmlFor: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

/** A labelled control with its hint, or its problem in words. */
export function Field({ label, htmlFor, hint, error, children }: FieldProps) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label className="field-label" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
      {error ? (
        <span className="field-hint is-bad" role="alert">
          {error}
        </span>
      ) : (
        hint && <span className="field-hint">{hint}</span>
      )}
    </div>
  );
}
