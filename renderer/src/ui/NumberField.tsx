import { Field, type FieldFrameProps } from './Field';
import { NumberInput, type NumberInputProps } from './NumberInput';

export interface NumberFieldProps extends FieldFrameProps, Omit<NumberInputProps, 'id'> {
  id: string;
}

/** A labelled number box with its hint or problem. */
export function NumberField({ id, label, hint, error, ...input }: NumberFieldProps) {
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error}>
      <NumberInput id={id} {...input} />
    </Field>
  );
}
