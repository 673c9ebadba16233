import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useNow } from '../app/use-now';
import { allTimeZones, searchTimeZones, utcOffsetText } from './time-zones';

interface TimeZoneComboboxProps {
  label: string;
  value: string | null;
  onChange: (zone: string) => void;
  placeholder?: string;
  testId?: string;
}

/**
 * An IANA zone, found by typing part of its name ("chicago", "europe lon"): ↑ ↓ move through the
 * matches, Enter picks, Esc puts back the last choice.
 */
export function TimeZoneCombobox({
  label,
  value,
  onChange,
  placeholder,
  testId,
}: TimeZoneComboboxProps) {
  const zones = useMemo(() => allTimeZones(), []);
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = query !== null;
  const matches = useMemo(
    () => (open ? searchTimeZones(query, zones, 40) : []),
    [open, query, zones],
  );
  const now = useNow(60_000);

  const pick = (zone: string) => {
    setQuery(null);
    onChange(zone);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setQuery('');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(matches.length - 1, current + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const zone = matches[active];
      if (zone) pick(zone);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  return (
    <div className="combobox">
      <input
        type="text"
        role="combobox"
        className="text-input"
        data-testid={testId}
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? 'Type a city or region'}
        value={query ?? value ?? ''}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" className="combobox-list" aria-label={label}>
          {matches.length === 0 && <li className="combobox-empty muted">No zone matches.</li>}
          {matches.map((zone, index) => (
            <li
              key={zone}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox-option is-active' : 'combobox-option'}
              // Keeps focus in the input, so its blur does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(zone)}
            >
              <span>{zone.replace(/_/g, ' ')}</span>
              <span className="muted">{utcOffsetText(zone, now)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
