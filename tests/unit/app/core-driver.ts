import type { Core } from '../../../electron/core/app/create-core';
import type { SessionSnapshot } from '../../../shared/domain/session';
import type { EventName, Events, MethodName, MethodResult } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/result';
import type { ManualClock } from '../../support/manual-clock';

export interface Emitted<E extends EventName = EventName> {
  event: E;
  payload: Events[E];
}

/** Drives a core the way a window does: through the dispatcher, recording every event. */
export class CoreDriver {
  readonly emitted: Emitted[] = [];

  constructor(
    readonly core: Core,
    readonly clock: ManualClock,
  ) {
    core.events.subscribe((event, payload) => this.emitted.push({ event, payload }));
  }

  async call<M extends MethodName>(method: M, ...args: unknown[]): Promise<MethodResult<M>> {
    const result = await this.core.dispatcher.dispatch(method, args);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as MethodResult<M>;
  }

  async refused(method: MethodName, ...args: unknown[]): Promise<AppError> {
    const result = await this.core.dispatcher.dispatch(method, args);
    if (result.ok) throw new Error(`${method} was expected to fail`);
    return result.error;
  }

  payloads<E extends EventName>(event: E): Array<Events[E]> {
    return this.emitted.filter((e) => e.event === event).map((e) => e.payload as Events[E]);
  }

  /** Moves the manual clock in small steps until the session reaches one of `states`. */
  async advanceUntil(...states: SessionSnapshot['state'][]): Promise<SessionSnapshot> {
    for (let step = 0; step < 4_000; step++) {
      await this.core.session.settled();
      const snapshot = this.core.session.snapshot();
      if (states.includes(snapshot.state)) return snapshot;
      this.clock.advance(250);
    }
    throw new Error(`The session never reached ${states.join(' or ')}`);
  }
}
