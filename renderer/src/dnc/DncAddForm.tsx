import { useState } from 'react';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';
import { readPhoneEntry } from './phone-entry';

interface DncAddFormProps {
  defaultCountry: string | null;
  onAdded: (phone: string) => void;
}

/** Puts a number on the list by hand, with the reason someone gave. */
export function DncAddForm({ defaultCountry, onAdded }: DncAddFormProps) {
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();
  const entry = readPhoneEntry(phone, defaultCountry);
  const canAdd = entry.status === 'ok' && reason.trim() !== '' && !action.busy;

  const add = async () => {
    if (entry.status !== 'ok') return;
    const done = await action.run(() => getBridge().dnc.add(entry.e164, reason.trim()));
    if (done === null) return;
    onAdded(entry.e164);
    setPhone('');
    setReason('');
  };

  return (
    <form
      className="panel dnc-add"
      aria-labelledby="dnc-add-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (canAdd) void add();
      }}
    >
      <h2 id="dnc-add-title" className="panel-title">
        Add a number
      </h2>
      <label className="field">
        <span className="field-label">Phone number</span>
        <input
          className="text-input"
          data-testid="dnc-add-phone"
          inputMode="tel"
          autoComplete="off"
          placeholder={
            defaultCountry ? `e.g. (305) 555-0111 in ${defaultCountry}` : '+1 305 555 0111'
          }
          value={phone}
          aria-describedby="dnc-add-phone-hint"
          onChange={(event) => setPhone(event.target.value)}
        />
        <span
          id="dnc-add-phone-hint"
          className={entry.status === 'invalid' ? 'field-hint is-bad' : 'field-hint'}
        >
          {entry.status === 'ok' && `Will be listed as ${entry.international}`}
          {entry.status === 'invalid' && entry.message}
          {entry.status === 'empty' &&
            (defaultCountry
              ? `Numbers without a country code are read as ${defaultCountry}.`
              : 'Start with + and the country code.')}
        </span>
      </label>
      <label className="field">
        <span className="field-label">Reason</span>
        <input
          className="text-input"
          data-testid="dnc-add-reason"
          maxLength={200}
          placeholder="Asked not to be called (email of 3 Dec)"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <ErrorText message={action.error} />
      <button
        type="submit"
        className="button button-primary"
        aria-disabled={canAdd ? undefined : 'true'}
      >
        Add to do-not-call
      </button>
    </form>
  );
}
