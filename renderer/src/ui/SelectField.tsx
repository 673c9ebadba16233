import { Field, type FieldFrameProps } from './Field';

export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
}

interface SelectFieldProps<Value extends string> extends FieldFrameProps {
  id: string;
  value: Value;
  options: readonly SelectOption<Value>[];
  onChange: (value: Value) => void;
  testId?: string | undefined;
}

/** A labelled choice from a fixed list, with its hint or problem. */
export function SelectField<Value extends string>(props: SelectFieldProps<Value>) {
  const { id, label, hint, error, value, options, onChange, testId } = props;
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error}>
      <select
        id={id}
        className="text-input"
        data-testid={testId}
        value={value}
        // The options are the list above, so the value is one of them.
        onChange={(event) => onChange(event.target.value as Value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
