import type { ReactNode } from 'react';
import { FieldProblem } from './FieldProblem';

/** What every labelled control takes besides its own props: the label, its hint, its problem. */
export interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

interface FieldProps extends FieldFrameProps {
  /** The id of the control inside, for the label. */
  htmlFor: string;
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
        <FieldProblem message={error} />
      ) : (
        hint && <span className="field-hint">{hint}</span>
      )}
    </div>
  );
}
