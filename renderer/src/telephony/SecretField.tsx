import { useState } from 'react';
import type { SecretName } from '../../../shared/domain/settings';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';

interface SecretFieldProps {
  name: SecretName;
  label: string;
  hint: string;
  isSet: boolean;
  testId: string;
}

/**
 * A secret is write-only: typed once, sent to the main process to be sealed by the system
 * keychain, and never shown again. The screen only learns whether one is set.
 */
export function SecretField({ name, label, hint, isSet, testId }: SecretFieldProps) {
  const [value, setValue] = useState('');
  const action = useAction();
  const id = `secret-${name}`;
  const save = async () => {
    if (value.trim() === '') return;
    const saved = await action.run(() => getBridge().settings.setSecret(name, value.trim()));
    if (saved !== null) setValue('');
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}{' '}
        <span
          className={isSet ? 'secret-badge is-set' : 'secret-badge'}
          data-testid={`${testId}-status`}
        >
          {isSet ? 'set' : 'not set'}
        </span>
      </label>
      <div className="secret-row">
        <input
          id={id}
          type="password"
          className="text-input"
          autoComplete="off"
          spellCheck={false}
          data-testid={testId}
          placeholder={isSet ? 'Type a new one to replace it' : ''}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            void save();
          }}
        />
        <button
          type="button"
          className="button"
          data-testid={`${testId}-save`}
          aria-disabled={value.trim() === '' || action.busy ? 'true' : undefined}
          onClick={() => void save()}
        >
          Save secret
        </button>
      </div>
      <span className="field-hint">{hint}</span>
      <ErrorText message={action.error} />
    </div>
  );
}
