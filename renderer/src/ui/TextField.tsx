import type { InputHTMLAttributes } from 'react';
import { Field, type FieldFrameProps } from './Field';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'value' | 'onChange' | 'children'
>;

export interface TextFieldProps extends FieldFrameProps, InputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string | undefined;
}

/** A labelled text input (or a time: any input whose value is a string) with its hint or problem. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  testId,
  ...input
}: TextFieldProps) {
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error}>
      <input
        id={id}
        className="text-input"
        data-testid={testId}
        {...input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
