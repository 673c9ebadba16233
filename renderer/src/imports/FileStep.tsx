import { useState, type DragEvent } from 'react';
import type { DateOrder, ImportDestination, ImportOptions } from '../../../shared/domain/import';
import type { Campaign } from '../../../shared/domain/campaign';
import { CountrySelect } from '../ui/CountrySelect';
import { ErrorText } from '../ui/ErrorText';
import { RadioGroup } from '../ui/RadioGroup';
import { formatBytes } from './format-size';
import type { TeamDestination } from './use-team-campaign-choices';

interface FileStepProps {
  campaigns: readonly Campaign[];
  team: TeamDestination;
  defaultCountry: string | null;
  onStart: (file: File, options: ImportOptions) => void;
}

const DESTINATIONS = [
  { value: 'own', label: 'My own leads', testId: 'import-into-own' },
  { value: 'team', label: 'A team campaign', testId: 'import-into-team' },
] as const;

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

/** Step 1: the file (picked or dropped) and how to read it. */
export function FileStep({ campaigns: own, team, defaultCountry, onStart }: FileStepProps) {
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [into, setInto] = useState<ImportDestination>('own');
  const intoTeam = team !== null && into === 'team';
  const campaigns = intoTeam ? team.campaigns : own;
  const [campaignId, setCampaignId] = useState(own[0]?.id ?? '');
  // Until the user picks one, the rep's country (which may arrive after the first render).
  const [pickedCountry, setCountry] = useState<string | null | undefined>(undefined);
  const country = pickedCountry === undefined ? defaultCountry : pickedCountry;
  const [dateOrder, setDateOrder] = useState<DateOrder | 'auto'>('auto');
  const [madeUpNumbers, setMadeUpNumbers] = useState(false);
  const chosenCampaign = campaigns.some((c) => c.id === campaignId) ? campaignId : campaigns[0]?.id;

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };

  const start = () => {
    if (!file || !chosenCampaign) return;
    onStart(file, {
      ...(intoTeam ? { into: 'team' as const } : {}),
      campaignId: chosenCampaign,
      defaultCountry: country,
      dateOrder,
      phoneAcceptance: madeUpNumbers ? 'possible' : 'valid',
    });
  };

  return (
    <form
      className="file-step"
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <label
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          className="drop-zone-input"
          data-testid="import-file"
          accept={ACCEPT}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        {file ? (
          <span className="drop-zone-file">
            <strong>{file.name}</strong> <span className="muted">· {formatBytes(file.size)}</span>
            <span className="muted drop-zone-hint">Choose or drop another file to replace it.</span>
          </span>
        ) : (
          <span className="drop-zone-empty">
            <strong>Drop a CSV or TSV export here</strong>
            <span className="muted">
              or press Enter to choose one. HubSpot, Salesforce, Zoho, Pipedrive, Close and
              spreadsheets all work.
            </span>
          </span>
        )}
      </label>

      <fieldset className="import-options">
        <legend className="panel-title">How to read it</legend>
        {team && (
          <RadioGroup
            legend="Into"
            name="import-into"
            options={DESTINATIONS}
            value={into}
            onChange={setInto}
          >
            {intoTeam && <ErrorText message={team.problem} />}
          </RadioGroup>
        )}
        <label className="field">
          <span className="field-label">{intoTeam ? 'Team campaign' : 'Campaign'}</span>
          <select
            className="text-input"
            data-testid="import-campaign"
            value={chosenCampaign ?? ''}
            onChange={(event) => setCampaignId(event.target.value)}
          >
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <label className="field-label" htmlFor="import-country">
            Numbers without a country code are in
          </label>
          <CountrySelect
            id="import-country"
            testId="import-country"
            value={country}
            noneLabel="— every number has its country code —"
            onChange={setCountry}
          />
        </div>
        <fieldset className="field radio-row">
          <legend className="field-label">Dates like 03/04/2026 are</legend>
          <Radio
            name="date-order"
            checked={dateOrder === 'auto'}
            onChange={() => setDateOrder('auto')}
          >
            Decided by the file
          </Radio>
          <Radio
            name="date-order"
            checked={dateOrder === 'MDY'}
            onChange={() => setDateOrder('MDY')}
          >
            Month first (March 4)
          </Radio>
          <Radio
            name="date-order"
            checked={dateOrder === 'DMY'}
            onChange={() => setDateOrder('DMY')}
          >
            Day first (3 April)
          </Radio>
        </fieldset>
        <label className="check-row">
          <input
            type="checkbox"
            checked={madeUpNumbers}
            onChange={(event) => setMadeUpNumbers(event.target.checked)}
          />
          Accept made-up numbers of the right length (training files)
        </label>
      </fieldset>

      <div className="step-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="import-upload"
          aria-disabled={file && chosenCampaign ? undefined : 'true'}
        >
          Upload and review the columns
        </button>
        {!chosenCampaign && (
          <span className="muted">
            {intoTeam ? 'The hub has no team campaign yet.' : 'Create a campaign first.'}
          </span>
        )}
      </div>
    </form>
  );
}

function Radio(props: { name: string; checked: boolean; onChange: () => void; children: string }) {
  return (
    <label className="radio">
      <input type="radio" name={props.name} checked={props.checked} onChange={props.onChange} />
      {props.children}
    </label>
  );
}
