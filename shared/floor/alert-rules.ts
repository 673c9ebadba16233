import { DateTime } from 'luxon';
import { formatDuration } from '../format/time';
import type { AlertThresholds } from './alert-thresholds';
import type { AlertKind, FloorRepRow } from './floor-view';

/** "90 s" under two minutes (ring limits are in seconds), else "12 min", "1 h 12 min". */
function spell(ms: number): string {
  return ms < 120_000 ? `${Math.floor(ms / 1000)} s` : formatDuration(ms);
}

/** A condition that holds now. The key names one occurrence: once acknowledged it stays quiet. */
export interface AlertCondition {
  key: string;
  kind: AlertKind;
  /** Null for the team's own alerts (the pool's): no rep to snooze, the leader node judges them. */
  repId: string | null;
  message: string;
}

/**
 * The alert conditions that hold at `now`. State alerts need a connected rep (an offline rep's
 * last state is stale); the SLA alert does not: leads rot in a closed app's queue all the same.
 */
export function evaluateAlerts(
  rows: readonly FloorRepRow[],
  now: number,
  thresholds: AlertThresholds,
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const row of rows) {
    const lead = leadSla(row, now, thresholds);
    if (lead) conditions.push(lead);
    if (!row.connected) continue;
    const state = stateAlert(row, now, thresholds);
    if (state) conditions.push(state);
    const conversion = lowConversion(row, now, thresholds);
    if (conversion) conditions.push(conversion);
  }
  return conditions;
}

function leadSla(row: FloorRepRow, now: number, t: AlertThresholds): AlertCondition | null {
  const waiting = row.leadsWaiting;
  if (!waiting || waiting.count === 0 || waiting.oldestCreatedAt === null) return null;
  const age = now - waiting.oldestCreatedAt;
  if (age < t.leadSlaMs) return null;
  // Past the SLA already when first reported: a backlog, not a lead that went stale here.
  if (waiting.oldestFirstReportedAt - waiting.oldestCreatedAt >= t.leadSlaMs) return null;
  const leads = waiting.count === 1 ? '1 fresh lead' : `${waiting.count} fresh leads`;
  return {
    key: `lead-sla:${row.repId}:${waiting.oldestCreatedAt}`,
    kind: 'lead-sla',
    repId: row.repId,
    message:
      `${leads} waiting in ${row.repName}'s queue, the oldest for ${spell(age)} ` +
      `(SLA ${spell(t.leadSlaMs)}): ask ${row.repName} to call it next, or hand it to a free rep.`,
  };
}

function stateAlert(row: FloorRepRow, now: number, t: AlertThresholds): AlertCondition | null {
  if (row.state === null || row.stateSince === null) return null;
  const inState = now - row.stateSince;
  const raise = (
    kind: AlertKind,
    limit: number,
    what: string,
    todo: string,
  ): AlertCondition | null =>
    inState < limit
      ? null
      : {
          key: `${kind}:${row.repId}:${row.state}:${row.stateSince}`,
          kind,
          repId: row.repId,
          message: `${row.repName} ${what} for ${spell(inState)} (limit ${spell(limit)}): ${todo}`,
        };
  const name = row.repName;
  switch (row.state) {
    case 'idle':
    case 'preview':
      return raise('rep-idle', t.repIdleMs, 'has been idle', `check in with ${name}.`);
    case 'paused': {
      const code = row.pauseCode;
      const limit = (code && t.pausedByCodeMs[code]) ?? t.repPausedMs;
      return raise(
        'rep-paused',
        limit,
        `has been paused${code ? ` (${code})` : ''}`,
        `see whether ${name} needs help to get back to the queue.`,
      );
    }
    case 'dialing':
    case 'ringing':
      return raise(
        'call-stuck',
        t.dialingStuckMs,
        `has a call ${row.state}`,
        `the line may be stuck: ask ${name} to hang up and go on.`,
      );
    case 'connected':
      return raise(
        'call-stuck',
        t.connectedStuckMs,
        'has been on one call',
        `listen in, or ask ${name} whether the call needs you.`,
      );
    case 'wrap-up':
      return raise(
        'call-stuck',
        t.wrapUpStuckMs,
        'has been in wrap-up',
        `ask ${name} to save the outcome.`,
      );
  }
}

function lowConversion(row: FloorRepRow, now: number, t: AlertThresholds): AlertCondition | null {
  const { contacts, conversions, conversionRate } = row.kpis;
  const rule = t.lowConversion;
  if (conversionRate === null || contacts < rule.minContacts || conversionRate >= rule.belowRate) {
    return null;
  }
  const local = DateTime.fromMillis(now, { zone: row.timeZone });
  if (!local.isValid || local.hour < rule.fromLocalHour) return null;
  const percent = (rate: number) => `${Math.round(rate * 100)} %`;
  return {
    key: `low-conversion:${row.repId}:${local.toISODate() ?? ''}`,
    kind: 'low-conversion',
    repId: row.repId,
    message:
      `${row.repName} converted ${conversions} of ${contacts} contacts today ` +
      `(${percent(conversionRate)}), under ${percent(rule.belowRate)} at ${local.toFormat('HH:mm')}: ` +
      `listen to ${row.repName}'s next calls.`,
  };
}
