import type { DispositionFlags } from '../../../shared/domain/disposition';
import { FLAG_LABELS, type DispositionDraft } from './disposition-draft';

interface DispositionRowProps {
  index: number;
  count: number;
  draft: DispositionDraft;
  problems: readonly string[];
  onChange: (draft: DispositionDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** One outcome: its key, code, label, what it means for the lead, its retry delay. */
export function DispositionRow({
  index,
  count,
  draft,
  problems,
  onChange,
  onMove,
  onRemove,
}: DispositionRowProps) {
  const name = draft.label || draft.code || `row ${index + 1}`;
  const setFlag = (flag: keyof DispositionFlags, on: boolean) =>
    onChange({ ...draft, flags: { ...draft.flags, [flag]: on } });
  return (
    <>
      <tr
        className={problems.length > 0 ? 'has-error' : undefined}
        data-testid={`disposition-row-${index}`}
      >
        <td>
          <select
            className="text-input key-select"
            aria-label={`Key for ${name}`}
            value={draft.hotkey ?? ''}
            onChange={(event) => onChange({ ...draft, hotkey: event.target.value || null })}
          >
            <option value="">none</option>
            {KEYS.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </td>
        <td>
          <input
            className="text-input"
            aria-label={`Code for ${name}`}
            maxLength={40}
            value={draft.code}
            onChange={(event) => onChange({ ...draft, code: event.target.value })}
          />
        </td>
        <td>
          <input
            className="text-input"
            aria-label={`Label for ${name}`}
            maxLength={60}
            value={draft.label}
            onChange={(event) => onChange({ ...draft, label: event.target.value })}
          />
        </td>
        {FLAG_LABELS.map(({ flag, label, hint }) => (
          <td key={flag} className="flag-cell">
            <input
              type="checkbox"
              aria-label={`${name}: ${label} (${hint})`}
              checked={draft.flags[flag]}
              onChange={(event) => setFlag(flag, event.target.checked)}
            />
          </td>
        ))}
        <td>
          <input
            type="number"
            min={1}
            className="text-input number-input"
            aria-label={`${name}: retry after, minutes`}
            placeholder="cadence"
            value={draft.retryAfterMinutes}
            onChange={(event) => onChange({ ...draft, retryAfterMinutes: event.target.value })}
          />
        </td>
        <td className="row-actions">
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Move ${name} up`}
            aria-disabled={index === 0 ? 'true' : undefined}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Move ${name} down`}
            aria-disabled={index === count - 1 ? 'true' : undefined}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Remove ${name}`}
            onClick={onRemove}
          >
            Remove
          </button>
        </td>
      </tr>
      {problems.length > 0 && (
        <tr className="row-problems">
          <td colSpan={3 + FLAG_LABELS.length + 2}>
            {problems.map((problem) => (
              <span key={problem} className="field-hint is-bad" role="alert">
                {problem}
              </span>
            ))}
          </td>
        </tr>
      )}
    </>
  );
}
