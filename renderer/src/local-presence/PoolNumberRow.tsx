import type { PoolRowDraft } from './presence-draft';

interface PoolNumberRowProps {
  index: number;
  row: PoolRowDraft;
  isDefault: boolean;
  problem: string | undefined;
  onChange: (row: PoolRowDraft) => void;
  onMakeDefault: () => void;
  onRemove: () => void;
}

/** One number of the pool: the number, its label, whether it is the default. */
export function PoolNumberRow(props: PoolNumberRowProps) {
  const { index, row, problem } = props;
  const name = row.label || row.number || `number ${index + 1}`;
  return (
    <>
      <tr className={problem ? 'has-error' : undefined} data-testid={`caller-id-row-${index}`}>
        <td>
          <input
            className="text-input"
            aria-label={`Number of ${name}`}
            data-testid={`caller-id-number-${index}`}
            placeholder="+13035550100"
            spellCheck={false}
            autoComplete="off"
            value={row.number}
            onChange={(event) => props.onChange({ ...row, number: event.target.value })}
          />
        </td>
        <td>
          <input
            className="text-input"
            aria-label={`Label of ${name}`}
            data-testid={`caller-id-label-${index}`}
            placeholder="optional"
            maxLength={60}
            value={row.label}
            onChange={(event) => props.onChange({ ...row, label: event.target.value })}
          />
        </td>
        <td className="flag-cell">
          <input
            type="radio"
            name="caller-id-default"
            aria-label={`${name} is the default caller ID`}
            data-testid={`caller-id-default-${index}`}
            checked={props.isDefault}
            onChange={props.onMakeDefault}
          />
        </td>
        <td className="row-actions">
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Remove ${name}`}
            onClick={props.onRemove}
          >
            Remove
          </button>
        </td>
      </tr>
      {problem && (
        <tr className="row-problems">
          <td colSpan={4}>
            <span className="field-hint is-bad" role="alert">
              {problem}
            </span>
          </td>
        </tr>
      )}
    </>
  );
}
