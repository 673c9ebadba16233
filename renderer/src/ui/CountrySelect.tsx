import { useMemo } from 'react';
import { countryOptions } from './countries';

interface CountrySelectProps {
  id: string;
  value: string | null;
  /** The choice meaning "no country", when one is allowed. */
  noneLabel?: string;
  onChange: (code: string | null) => void;
  testId?: string;
}

/** A country by name (type to jump), stored as its ISO code. */
export function CountrySelect({ id, value, noneLabel, onChange, testId }: CountrySelectProps) {
  const options = useMemo(() => countryOptions(), []);
  return (
    <select
      id={id}
      className="text-input"
      data-testid={testId}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {options.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name} ({country.code})
        </option>
      ))}
    </select>
  );
}
