import type { Campaign } from '../../../shared/domain/campaign';

interface CampaignListProps {
  campaigns: readonly Campaign[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The campaigns with their lead counts; the one being edited is marked. */
export function CampaignList({ campaigns, selectedId, onSelect }: CampaignListProps) {
  return (
    <ul className="campaign-list" aria-label="Campaigns">
      {campaigns.map((campaign) => (
        <li key={campaign.id}>
          <button
            type="button"
            className="campaign-item"
            data-testid={`campaign-${campaign.id}`}
            aria-current={campaign.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(campaign.id)}
          >
            <span className="campaign-item-name">{campaign.name}</span>
            <span className="muted campaign-item-counts">
              {campaign.leads.queued} queued · {campaign.leads.held} held · {campaign.leads.total}{' '}
              leads
            </span>
            {campaign.team && <span className="muted campaign-item-team">team · read-only</span>}
            {campaign.rulesProblem && (
              <span className="campaign-item-problem">rules unreadable</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
