import type {
  FloorAlert,
  FloorEscalation,
  FloorRepRow,
  FloorTeam,
  FloorView,
  LeaderboardEntry,
} from '../../../shared/floor/floor-view';
import { stateBand, stateCategory, timeInStateMs } from '../../../shared/floor/state-bands';
import { escapeHtml as e } from './html';
import { clockDuration, percent, shortDuration } from './wall-format';

/**
 * The wall screen's content, rendered on the hub so the page needs no templating code: its
 * script only swaps this HTML in. Every value from a rep is escaped.
 */
export function renderWallFloor(view: FloorView): string {
  return [
    renderTeam(view.team),
    renderFloorTable(view.reps, view.at),
    '<div class="side">',
    renderAlerts(view.alerts, view.escalations, view.reps),
    renderLeaderboard(view.leaderboard),
    '</div>',
  ].join('\n');
}

function renderTeam(team: FloorTeam): string {
  const k = team.kpis;
  const stat = (label: string, value: string, testid: string) =>
    `<div class="stat" data-testid="${testid}"><span class="label">${label}</span><span class="value">${e(value)}</span></div>`;
  return [
    '<section class="team" data-testid="floor-team">',
    stat('Reps', `${team.connected} / ${team.reps}`, 'floor-team-reps'),
    stat('On call', String(team.byState.connected), 'floor-team-incall'),
    stat('Paused', String(team.byState.paused), 'floor-team-paused'),
    stat('Dials', String(k.dials), 'floor-team-dials'),
    stat('Contacts', String(k.contacts), 'floor-team-contacts'),
    stat('Conversions', String(k.conversions), 'floor-team-conversions'),
    stat('Conv. rate', percent(k.conversionRate), 'floor-team-conversion-rate'),
    stat('Talk', clockDuration(k.talkSeconds * 1000), 'floor-team-talk'),
    stat('Speed-to-lead', shortDuration(k.responseTimeMedianMs), 'floor-team-response-time'),
    '</section>',
  ].join('');
}

function renderFloorTable(rows: readonly FloorRepRow[], now: number): string {
  const head =
    '<thead><tr><th>Rep</th><th>State</th><th>Time</th><th>Pause</th><th>Lead age</th>' +
    '<th>Dials</th><th>Contacts</th><th>Conv.</th><th>Rate</th><th>Talk</th><th>Speed-to-lead</th></tr></thead>';
  const body = rows.map((row) => renderRow(row, now)).join('');
  return `<table class="floor" data-testid="floor-table">${head}<tbody>${body}</tbody></table>`;
}

function renderRow(row: FloorRepRow, now: number): string {
  const inState = row.connected ? timeInStateMs(row.stateSince, now) : null;
  const category = stateCategory(row.state, row.connected);
  const band = inState === null ? 0 : stateBand(inState);
  const stateText = row.connected ? (row.state ?? 'unknown') : 'offline';
  const leadAge = row.connected && row.lead ? now - row.lead.createdAt : null;
  const k = row.kpis;
  const cells = [
    `<td class="rep">${e(row.repName)}</td>`,
    `<td class="state">${e(stateText)}</td>`,
    `<td class="time">${clockDuration(inState)}</td>`,
    `<td>${e(row.state === 'paused' ? (row.pauseCode ?? '') : '')}</td>`,
    `<td>${shortDuration(leadAge)}</td>`,
    `<td class="num">${k.dials}</td>`,
    `<td class="num">${k.contacts}</td>`,
    `<td class="num">${k.conversions}</td>`,
    `<td class="num">${percent(k.conversionRate)}</td>`,
    `<td class="num">${clockDuration(k.talkSeconds * 1000)}</td>`,
    `<td class="num">${shortDuration(k.responseTimeMedianMs)}</td>`,
  ];
  return (
    `<tr data-testid="floor-row-${e(row.repId)}" data-state="${e(stateText)}" ` +
    `class="cat-${category} band-${band}">${cells.join('')}</tr>`
  );
}

function renderAlerts(
  alerts: readonly FloorAlert[],
  escalations: readonly FloorEscalation[],
  reps: readonly FloorRepRow[],
): string {
  const names = new Map(reps.map((row) => [row.repId, row.repName]));
  const items = [
    ...escalations.map(
      (x) =>
        `<li class="alert kind-escalation"><strong>Escalation · ${e(names.get(x.repId) ?? x.repId)}</strong> ${e(x.note)}</li>`,
    ),
    ...alerts.map((a) => `<li class="alert kind-${e(a.kind)}">${e(a.message)}</li>`),
  ];
  const list =
    items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p class="quiet">No open alerts.</p>';
  return `<section class="alerts" data-testid="floor-alerts"><h2>Alerts</h2>${list}</section>`;
}

function renderLeaderboard(entries: readonly LeaderboardEntry[]): string {
  const rows = entries
    .slice(0, 10)
    .map(
      (x) =>
        `<tr><td class="num">${x.rank}</td><td>${e(x.repName)}</td><td class="num">${x.conversions}</td>` +
        `<td class="num">${percent(x.conversionRate)}</td><td class="num">${x.dials}</td></tr>`,
    )
    .join('');
  return (
    '<section class="leaderboard" data-testid="floor-leaderboard"><h2>Leaderboard</h2>' +
    '<table><thead><tr><th>#</th><th>Rep</th><th>Conv.</th><th>Rate</th><th>Dials</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></section>`
  );
}
