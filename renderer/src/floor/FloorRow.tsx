import type { FloorRepRow } from '../../../shared/floor/floor-view';
import type { FloorLeadRef } from '../../../shared/floor/protocol';
import { stateCell } from './floor-clock';
import { NONE, leadAge, percentOrNone, speedToLead, stateText, talkTime } from './floor-format';

/** A rep's row; the state and time-in-state cells carry VICIdial's colour band. */
export function FloorRow({ row, now }: { row: FloorRepRow; now: number }) {
  const cell = stateCell(row, now);
  const state = stateText(row.state, row.connected);
  const band = `cat-${cell.category} band-${cell.band}`;
  const waiting = row.leadsWaiting;
  return (
    <tr data-testid={`floor-row-${row.repId}`} data-state={state}>
      <th scope="row" className="floor-rep">
        <span className="floor-rep-name">{row.repName}</span>
        <span className="floor-rep-id muted">{row.repId}</span>
      </th>
      <td data-col="state" className={`floor-state ${band}`}>
        {state}
      </td>
      <td data-col="time-in-state" className={`numeric floor-time ${band}`}>
        {row.connected ? cell.text : NONE}
      </td>
      <td data-col="pause-code">{row.pauseCode ?? NONE}</td>
      <td data-col="lead" data-testid={`floor-lead-${row.repId}`} className="floor-lead">
        {row.lead ? <CurrentLead lead={row.lead} now={now} /> : NONE}
      </td>
      <td data-col="waiting" className="numeric">
        {waiting
          ? `${waiting.count}${waiting.oldestCreatedAt === null ? '' : ` · ${leadAge(waiting.oldestCreatedAt, now)}`}`
          : NONE}
      </td>
      <td data-col="dials" className="numeric">
        {row.kpis.dials}
      </td>
      <td data-col="contacts" className="numeric">
        {row.kpis.contacts}
      </td>
      <td data-col="conversions" className="numeric">
        {row.kpis.conversions}
      </td>
      <td data-col="conversion-rate" className="numeric">
        {percentOrNone(row.kpis.conversionRate)}
      </td>
      <td data-col="talk" className="numeric">
        {talkTime(row.kpis.talkSeconds)}
      </td>
      <td data-col="speed-to-lead" className="numeric">
        {speedToLead(row.kpis.responseTimeMedianMs)}
      </td>
    </tr>
  );
}

/**
 * The lead on the rep's screen: who, from where, how old. Not a link: the lead lives in the rep's
 * own store, which the supervisor's app cannot open.
 */
function CurrentLead({ lead, now }: { lead: FloorLeadRef; now: number }) {
  return (
    <>
      <span className="floor-lead-name">{lead.name ?? `Lead ${lead.id}`}</span>
      <span className="muted">
        {lead.source ? `${lead.source} · ` : ''}
        {leadAge(lead.createdAt, now)}
      </span>
    </>
  );
}
