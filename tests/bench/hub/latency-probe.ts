import type { FloorView } from '../../../shared/floor/floor-view';

/**
 * Event-to-floor latency: from an event's creation on the rep's side to the first pushed floor
 * view that reflects it (the rep's row shows its seq or a later one).
 */
export class LatencyProbe {
  private readonly created = new Map<string, number[]>();
  private readonly reflected = new Map<string, number>();
  readonly samples: number[] = [];
  views = 0;

  eventCreated(repId: string, seq: number, at: number): void {
    let times = this.created.get(repId);
    if (!times) this.created.set(repId, (times = []));
    times[seq] = at;
  }

  viewReceived(view: FloorView, receivedAt: number): void {
    this.views++;
    for (const row of view.reps) {
      const times = this.created.get(row.repId);
      const from = this.reflected.get(row.repId) ?? 0;
      if (!times || row.lastSeq <= from) continue;
      for (let seq = from + 1; seq <= row.lastSeq; seq++) {
        const at = times[seq];
        if (at !== undefined) this.samples.push(receivedAt - at);
      }
      this.reflected.set(row.repId, row.lastSeq);
    }
  }

  reflectedSeq(repId: string): number {
    return this.reflected.get(repId) ?? 0;
  }
}
