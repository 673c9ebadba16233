import { useState, type DragEvent } from 'react';
import type { DateOrder, ImportOptions } from '../../../shared/domain/import';
import type { Campaign } from '../../../shared/domain/campaign';
import { CountrySelect } from '../ui/CountrySelect';
import { formatBytes } from './format-size';

interface FileStepProps {
  campaigns: readonly Campaign[];
  defaultCountry: string | null;
  onStart: (file: File, options: ImportOptions) => void;
}

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

/** Step 1: the file (picked or dropped) and how to read it. */
export function FileStep({ campaigns, defaultCountry, onStart }: FileStepProps) {
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? '');
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
        <label className="field">
          <span className="field-label">Campaign</span>
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
        {!chosenCampaign && <span className="muted">Create a campaign first.</span>}
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
