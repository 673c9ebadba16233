import type { Campaign } from '../../../shared/domain/campaign';
import type { LeadStatus } from '../../../shared/domain/lead';
import { LEAD_STATUSES, type LeadSearchQuery } from '../../../shared/domain/lead-search';
import { STATUS_LABELS } from './status-labels';

interface SearchFiltersProps {
  query: LeadSearchQuery;
  campaigns: readonly Campaign[];
  onChange: (patch: Partial<LeadSearchQuery>) => void;
}

const DAY_MS = 86_400_000;

/** Narrowing the search: status, campaign, source, owner, the created range. */
export function SearchFilters({ query, campaigns, onChange }: SearchFiltersProps) {
  const text = (value: string) => (value.trim() === '' ? null : value);
  return (
    <div className="lead-filters">
      <label className="field-inline">
        Status
        <select
          data-testid="lead-filter-status"
          value={query.statuses[0] ?? ''}
          onChange={(event) =>
            onChange({
              statuses: event.target.value === '' ? [] : [event.target.value as LeadStatus],
            })
          }
        >
          <option value="">Any</option>
          {LEAD_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        Campaign
        <select
          value={query.campaignId ?? ''}
          onChange={(event) => onChange({ campaignId: text(event.target.value) })}
        >
          <option value="">Any</option>
          {campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        Source
        <input
          type="text"
          maxLength={100}
          value={query.source ?? ''}
          onChange={(event) => onChange({ source: text(event.target.value) })}
        />
      </label>
      <label className="field-inline">
        Owner
        <input
          type="text"
          maxLength={100}
          value={query.owner ?? ''}
          onChange={(event) => onChange({ owner: text(event.target.value) })}
        />
      </label>
      <label className="field-inline">
        Created from
        <input
          type="date"
          value={dateValue(query.createdFrom)}
          onChange={(event) => onChange({ createdFrom: dayStart(event.target.value) })}
        />
      </label>
      <label className="field-inline">
        to
        <input
          type="date"
          value={dateValue(query.createdTo === null ? null : query.createdTo - DAY_MS)}
          onChange={(event) => {
            const start = dayStart(event.target.value);
            onChange({ createdTo: start === null ? null : start + DAY_MS });
          }}
        />
      </label>
    </div>
  );
}

/** The day on the rep's own calendar, as the date input shows it. */
function dateValue(at: number | null): string {
  if (at === null) return '';
  const day = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function dayStart(value: string): number | null {
  if (value === '') return null;
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return null;
  return new Date(year, month - 1, day).getTime();
}
