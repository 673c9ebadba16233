import { Field, type FieldFrameProps } from './Field';

export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
}

/** What a select field offers, apart from the value it shows. */
export interface SelectChoice<Value extends string> extends FieldFrameProps {
  id: string;
  options: readonly SelectOption<Value>[];
  testId?: string | undefined;
}

interface SelectFieldProps<Value extends string> extends SelectChoice<Value> {
  value: Value;
  onChange: (value: Value) => void;
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
