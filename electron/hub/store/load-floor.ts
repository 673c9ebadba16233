import { DAY_MS } from '../../../shared/clock';
import { FloorModel } from '../../../shared/floor/floor-model';
import type { FloorAlert, FloorEscalation } from '../../../shared/floor/floor-view';
import type { FloorEvent } from '../../../shared/floor/protocol';
import { sql } from '../../core/platform/store/sql';
import type { Store } from '../../core/platform/store/store';
import {
  alertFromRow,
  escalationFromRow,
  type AlertRow,
  type EscalationRow,
} from './hub-statements';

/** Attempt events this recent can still count in some rep's "today". */
const ATTEMPT_WINDOW_MS = 2 * DAY_MS;
/** An acknowledged alert's condition key is remembered this long, so it is not raised again. */
const ALERT_KEY_MEMORY_MS = 7 * DAY_MS;

export const streamKey = (repId: string, streamId: string) => `${repId}\u0000${streamId}`;

export interface LoadedFloor {
  model: FloorModel;
  /** streamKey → highest durable seq. */
  streams: Map<string, number>;
  openAlerts: { alert: FloorAlert; key: string }[];
  knownAlertKeys: Set<string>;
  openEscalations: FloorEscalation[];
}

interface RepRow {
  rep_id: string;
  rep_name: string;
  time_zone: string;
  stream_id: string;
}

/** Rebuilds the in-memory floor from the hub's store at start-up. */
export async function loadFloor(store: Store, now: number): Promise<LoadedFloor> {
  const model = new FloorModel();
  const reps = await store.all<RepRow>(
    sql`SELECT rep_id, rep_name, time_zone, stream_id FROM reps`,
  );
  for (const rep of reps) {
    model.upsertRep({ repId: rep.rep_id, repName: rep.rep_name, timeZone: rep.time_zone });
  }

  const streamRows = await store.all<{ rep_id: string; stream_id: string; last_seq: number }>(
    sql`SELECT rep_id, stream_id, last_seq FROM streams`,
  );
  const streams = new Map(
    streamRows.map((row) => [streamKey(row.rep_id, row.stream_id), row.last_seq]),
  );

  const replay = async (statement: ReturnType<typeof sql>) => {
    for (const row of await store.all<{ event_json: string }>(statement)) {
      model.apply(JSON.parse(row.event_json) as FloorEvent);
    }
  };
  await replay(
    sql`SELECT event_json FROM events WHERE type = 'attempt' AND at >= ${now - ATTEMPT_WINDOW_MS} ORDER BY id`,
  );
  for (const type of ['lead-waiting', 'state']) {
    await replay(sql`SELECT event_json FROM events WHERE id IN
      (SELECT max(id) FROM events WHERE type = ${type} GROUP BY rep_id) ORDER BY id`);
  }
  for (const rep of reps) {
    model.rep(rep.rep_id)?.startStream(streams.get(streamKey(rep.rep_id, rep.stream_id)) ?? 0);
  }

  const alertRows = await store.all<AlertRow>(
    sql`SELECT * FROM alerts WHERE raised_at >= ${now - ALERT_KEY_MEMORY_MS}
        OR (acknowledged_at IS NULL AND cleared_at IS NULL) ORDER BY raised_at`,
  );
  const escalationRows = await store.all<EscalationRow>(
    sql`SELECT * FROM escalations WHERE acknowledged_at IS NULL ORDER BY raised_at`,
  );
  return {
    model,
    streams,
    openAlerts: alertRows
      .filter((row) => row.acknowledged_at === null && row.cleared_at === null)
      .map((row) => ({ alert: alertFromRow(row), key: row.condition_key })),
    knownAlertKeys: new Set(alertRows.map((row) => row.condition_key)),
    openEscalations: escalationRows.map(escalationFromRow),
  };
}
