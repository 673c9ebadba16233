import type { SpeedToLeadResult } from './run';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const minutes = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(1)} min`);

/** The side-by-side table `run.ts` prints. */
export function formatReport(result: SpeedToLeadResult): string {
  const { scenario, options } = result;
  const header = [
    `Speed-to-lead simulation — seed ${options.seed}, ${options.date} ${options.shiftStart}–${options.shiftEnd} ${options.repTimeZone}`,
    `${scenario.liveLeads} live arrivals (${options.leadsPerHour}/h), ${scenario.backlogLeads} in the morning backlog, ` +
      `${scenario.carriedRetries} retries and ${scenario.carriedCallbacks} callbacks carried over, ` +
      `${scenario.unknownZoneLeads} without a time zone, ${scenario.dncLeads} on the DNC list`,
    '',
  ];
  const columns = [
    'policy',
    '≤5 min',
    '≤1 h',
    'median',
    '≤1 h live',
    'median live',
    'not dialed',
    'dials',
    'contacts',
    'conv.',
    'busy',
    'callbacks on time',
    'violations',
  ];
  const rows = result.policies.map(({ label, metrics: m }) => [
    label,
    percent(m.all.within5Min),
    percent(m.all.within1Hour),
    minutes(m.all.medianResponseMinutes),
    percent(m.live.within1Hour),
    minutes(m.live.medianResponseMinutes),
    String(m.all.notDialed),
    String(m.dials),
    String(m.contacts),
    String(m.conversions),
    percent(m.utilization),
    `${m.callbacksOnTime}/${m.callbacksDue}`,
    String(m.violations.total),
  ]);
  const widths = columns.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [...header, line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join(
    '\n',
  );
}
