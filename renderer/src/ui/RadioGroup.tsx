import type { ReactNode } from 'react';

export interface RadioOption<Value extends string> {
  value: Value;
  label: ReactNode;
  testId?: string;
}

/** What a radio group offers, apart from the value it shows. */
export interface RadioChoice<Value extends string> {
  legend: string;
  /** The radios' shared name: arrow keys move between them. */
  name: string;
  options: readonly RadioOption<Value>[];
}

interface RadioGroupProps<Value extends string> extends RadioChoice<Value> {
  value: Value;
  onChange: (value: Value) => void;
  /** Shown after the choices, inside the group (e.g. the refusal of the last choice). */
  children?: ReactNode;
}

/** One choice of a few, each spelled out, in a row of radios under a legend. */
export function RadioGroup<Value extends string>(props: RadioGroupProps<Value>) {
  const { legend, name, value, options, onChange, children } = props;
  return (
    <fieldset className="field radio-row">
      <legend className="field-label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name}
            data-testid={option.testId}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
