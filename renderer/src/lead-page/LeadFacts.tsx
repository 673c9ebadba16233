import type { LeadStory } from '../../../shared/domain/lead-story';
import { formatPhoneForHumans } from '../../../shared/format/phone';

/** The lead's fields and its do-not-call state, read-only. */
export function LeadFacts({
  story,
  homeCountry,
}: {
  story: LeadStory;
  homeCountry: string | null;
}) {
  const { lead, dnc } = story;
  const facts: Array<[string, string | null]> = [
    ['First name', lead.firstName],
    ['Last name', lead.lastName],
    ['Company', lead.company],
    ['Phone', `${lead.phoneE164} (${formatPhoneForHumans(lead.phoneE164, homeCountry)})`],
    ['Email', lead.email],
    ['Region', lead.region],
    ['Postal code', lead.postalCode],
    ['Country', lead.country],
    ['Time zone', lead.timeZone ?? 'unknown'],
    ['Owner', lead.owner],
    ['Source', lead.source],
    ['Created', new Date(lead.createdAt).toLocaleString()],
    ['Attempts', String(lead.attemptCount)],
    ['Notes', lead.notes],
    ...Object.entries(lead.custom),
  ];
  return (
    <>
      <dl className="lead-fields" data-testid="lead-fields">
        {facts.map(([label, value]) => (
          <div key={label} className="lead-field">
            <dt>{label}</dt>
            <dd>{value === null || value === '' ? '—' : value}</dd>
          </div>
        ))}
      </dl>
      <p data-testid="lead-calling-rules">
        {story.callingRules.length > 0
          ? `Calling rules: ${story.callingRules.join('; ')}.`
          : 'No calling rules are known for its country: the campaign’s window applies.'}
      </p>
      <p data-testid="lead-dnc-state">
        {dnc
          ? `On the do-not-call list since ${new Date(dnc.addedAt).toLocaleString()}${dnc.reason ? ` (${dnc.reason})` : ''}${dnc.addedBy ? `, added by ${dnc.addedBy}` : ''}.`
          : 'Not on the do-not-call list.'}
      </p>
    </>
  );
}
