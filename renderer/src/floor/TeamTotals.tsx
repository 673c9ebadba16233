import type { FloorTeam } from '../../../shared/floor/floor-view';
import { percentOrNone, speedToLead, talkTime } from './floor-format';

const FAMILIES: ReadonlyArray<{
  label: string;
  states: Array<keyof FloorTeam['byState']>;
  cat: string;
}> = [
  { label: 'On call', states: ['dialing', 'ringing', 'connected'], cat: 'incall' },
  { label: 'Wrap-up', states: ['wrap-up'], cat: 'wrapup' },
  { label: 'Ready', states: ['idle', 'preview'], cat: 'ready' },
  { label: 'Paused', states: ['paused'], cat: 'paused' },
  { label: 'Offline', states: ['offline'], cat: 'offline' },
];

/** The team at a glance: who does what now, and today's totals over every rep's calls. */
export function TeamTotals({ team }: { team: FloorTeam }) {
  const tiles: Array<[string, string, string]> = [
    ['floor-team-dials', 'Dials', String(team.kpis.dials)],
    ['floor-team-contacts', 'Contacts', String(team.kpis.contacts)],
    ['floor-team-conversions', 'Conversions', String(team.kpis.conversions)],
    ['floor-team-conversion-rate', 'Conv. rate', percentOrNone(team.kpis.conversionRate)],
    ['floor-team-contact-rate', 'Contact rate', percentOrNone(team.kpis.contactRate)],
    ['floor-team-talk', 'Talk', talkTime(team.kpis.talkSeconds)],
    ['floor-team-speed', 'Speed to lead', speedToLead(team.kpis.responseTimeMedianMs)],
  ];
  return (
    <section className="floor-team" aria-label="Team totals today">
      <ul className="floor-states">
        {FAMILIES.map(({ label, states, cat }) => (
          <li key={label} className={`floor-state-count cat-${cat}`}>
            <span className="floor-state-value">
              {states.reduce((sum, state) => sum + team.byState[state], 0)}
            </span>
            <span className="floor-state-label">{label}</span>
          </li>
        ))}
      </ul>
      <ul className="floor-totals">
        {tiles.map(([testId, label, value]) => (
          <li key={testId} className="floor-total">
            <span className="floor-total-label">{label}</span>
            <span className="floor-total-value" data-testid={testId}>
              {value}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
