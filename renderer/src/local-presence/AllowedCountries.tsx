import { useState } from 'react';
import { CountrySelect } from '../ui/CountrySelect';
import { FieldProblem } from '../ui/FieldProblem';

interface AllowedCountriesProps {
  countries: readonly string[];
  error: string | undefined;
  onChange: (countries: string[]) => void;
}

/** The countries a pool number may be presented in (and come from), each removable. */
export function AllowedCountries({ countries, error, onChange }: AllowedCountriesProps) {
  const [adding, setAdding] = useState<string | null>(null);
  const add = () => {
    if (adding !== null && !countries.includes(adding)) onChange([...countries, adding]);
    setAdding(null);
  };
  return (
    <fieldset className="plain-fieldset allowed-countries" data-testid="caller-id-countries">
      <legend className="field-label">Countries where pool numbers are presented</legend>
      <ul className="country-list">
        {countries.map((code) => (
          <li key={code} data-testid={`caller-id-country-${code}`}>
            {code}
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`Stop presenting pool numbers in ${code}`}
              onClick={() => onChange(countries.filter((c) => c !== code))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-controls">
        <label className="visually-hidden" htmlFor="caller-id-country-add">
          Country to allow
        </label>
        <CountrySelect
          id="caller-id-country-add"
          value={adding}
          noneLabel="Choose a country…"
          testId="caller-id-country-choice"
          onChange={setAdding}
        />
        <button
          type="button"
          className="button button-small"
          data-testid="caller-id-country-add"
          aria-disabled={adding === null ? 'true' : undefined}
          onClick={add}
        >
          Allow
        </button>
      </div>
      <span className="field-hint">
        A lead in any other country sees the line’s own caller ID, and the pool holds numbers of
        these countries only.
      </span>
      <FieldProblem message={error} />
    </fieldset>
  );
}
