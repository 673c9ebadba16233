import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/campaign';
import type { Result } from '../../../shared/result';
import { getBridge } from '../bridge/get-bridge';
import { useAction } from '../bridge/use-action';
import { ErrorText } from '../ui/ErrorText';

/** A new campaign by name; it starts with the default rules and script. */
export function NewCampaignForm({
  onCreated,
  create: createNamed = (name) => getBridge().campaigns.create(name),
}: {
  onCreated: (campaign: Campaign) => void;
  /** Where a new campaign is made: the rep's own unless told (the team's, by a supervisor). */
  create?: (name: string) => Promise<Result<Campaign>>;
}) {
  const [name, setName] = useState('');
  const action = useAction();
  const create = async () => {
    const created = await action.run(() => createNamed(name.trim()));
    if (created === null) return;
    setName('');
    onCreated(created);
  };
  return (
    <form
      className="new-campaign"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '' && !action.busy) void create();
      }}
    >
      <label className="field">
        <span className="field-label">New campaign</span>
        <input
          className="text-input"
          data-testid="new-campaign-name"
          maxLength={80}
          placeholder="Spring solar leads"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button"
        aria-disabled={name.trim() !== '' && !action.busy ? undefined : 'true'}
      >
        Create
      </button>
      <ErrorText message={action.error} />
    </form>
  );
}
