import type { SessionStateName } from '../domain/session';
import { mergeKpiSnapshots } from '../kpi';
import type {
  AlertSnooze,
  FloorAlert,
  FloorEscalation,
  FloorRepRow,
  FloorTeam,
  FloorView,
} from './floor-view';
import { rankLeaderboard } from './leaderboard';
import type { FloorPool } from './pool-view';
import type { FloorEvent } from './protocol';
import { floorKpis } from './rep-kpis';
import { RepFloorState, type RepIdentity } from './rep-floor-state';

const STATES: readonly (SessionStateName | 'offline')[] = [
  'idle',
  'preview',
  'dialing',
  'ringing',
  'connected',
  'wrap-up',
  'paused',
  'offline',
];

/** Every rep on the floor, built from their events in order; pure, so hub and tests share it. */
export class FloorModel {
  private readonly reps = new Map<string, RepFloorState>();
  private version = 0;

  upsertRep(identity: RepIdentity): RepFloorState {
    const known = this.reps.get(identity.repId);
    if (known) {
      known.rename(identity);
      return known;
    }
    const rep = new RepFloorState(identity);
    this.reps.set(identity.repId, rep);
    return rep;
  }

  rep(repId: string): RepFloorState | undefined {
    return this.reps.get(repId);
  }

  /**
   * The rep must be known (hello comes first); an event of an unknown rep is a bug upstream.
   * `receivedAt`: when the hub stored it, on the hub's clock (times in state are measured on it).
   */
  apply(event: FloorEvent, receivedAt: number): void {
    const rep = this.reps.get(event.repId);
    if (!rep) throw new Error(`Event ${event.eventId} of unknown rep ${event.repId}`);
    rep.apply(event, receivedAt);
  }

  rows(now: number): FloorRepRow[] {
    return [...this.reps.values()]
      .map((rep) => rep.row(now))
      .sort((a, b) => a.repName.localeCompare(b.repName) || a.repId.localeCompare(b.repId));
  }

  view(
    now: number,
    alerts: readonly FloorAlert[] = [],
    escalations: readonly FloorEscalation[] = [],
    snoozes: readonly AlertSnooze[] = [],
    pool: FloorPool | null = null,
  ): FloorView {
    const reps = this.rows(now);
    return {
      version: ++this.version,
      at: now,
      reps,
      team: this.team(reps, now),
      leaderboard: rankLeaderboard(reps),
      alerts: [...alerts],
      escalations: [...escalations],
      snoozes: [...snoozes],
      ...(pool ? { pool } : {}),
    };
  }

  private team(rows: readonly FloorRepRow[], now: number): FloorTeam {
    const byState = Object.fromEntries(STATES.map((state) => [state, 0])) as FloorTeam['byState'];
    for (const row of rows) {
      byState[row.connected && row.state ? row.state : 'offline']++;
    }
    const snapshots = [...this.reps.values()].map((rep) => rep.kpis(now));
    return {
      reps: rows.length,
      connected: rows.filter((row) => row.connected).length,
      byState,
      kpis: floorKpis(mergeKpiSnapshots(snapshots)),
    };
  }
}
