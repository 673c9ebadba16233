import type { InputHTMLAttributes } from 'react';

export type NumberInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'className' | 'value' | 'onChange' | 'children'
> & {
  /** As typed: the draft checks it. */
  value: string;
  onChange: (value: string) => void;
};

/** A number box whose text is kept as typed. */
export function NumberInput({ value, onChange, ...input }: NumberInputProps) {
  return (
    <input
      type="number"
      className="text-input number-input"
      {...input}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
