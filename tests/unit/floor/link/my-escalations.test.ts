import { describe, expect, it } from 'vitest';
import { MyEscalations } from '../../../../electron/core/floor/link/my-escalations';
import type { MyEscalation } from '../../../../shared/ipc/domains/floor';

const T0 = Date.UTC(2026, 2, 10, 17, 0, 0);
const receipt = (id: string, raisedAt: number) => ({
  escalationId: id,
  leadId: 7,
  attemptId: null,
  raisedAt,
});

describe("the rep's escalations on screen", () => {
  it('sending until the hub has it, waiting until answered, the answer until dismissed', () => {
    const pushed: MyEscalation[][] = [];
    const mine = new MyEscalations((list) => pushed.push(list));
    mine.raised(receipt('esc-1', T0));
    expect(mine.list()).toEqual([
      { escalationId: 'esc-1', raisedAt: T0, state: 'sending', answer: null },
    ]);
    mine.hubSent([{ escalationId: 'esc-1', raisedAt: T0, answer: null }]);
    expect(mine.list()).toEqual([
      { escalationId: 'esc-1', raisedAt: T0, state: 'waiting', answer: null },
    ]);
    expect(() => mine.dismiss('esc-1')).toThrow(/has not answered yet/);

    mine.raised(receipt('esc-2', T0 + 1_000));
    const answer = { kind: 'reply', text: 'Offer 10%', by: 'Sam', at: T0 + 5_000 } as const;
    mine.hubSent([{ escalationId: 'esc-1', raisedAt: T0, answer }]);
    // The newest first; the second one has not reached the hub yet.
    expect(mine.list().map((item) => [item.escalationId, item.state])).toEqual([
      ['esc-2', 'sending'],
      ['esc-1', 'answered'],
    ]);
    mine.dismiss('esc-1');
    expect(mine.list().map((item) => item.escalationId)).toEqual(['esc-2']);
    // Sent again on a reconnect, a dismissed answer stays dismissed.
    mine.hubSent([{ escalationId: 'esc-1', raisedAt: T0, answer }]);
    expect(mine.list().map((item) => item.escalationId)).toEqual(['esc-2']);
    expect(pushed).toHaveLength(6);
    expect(pushed.at(-1)).toEqual(mine.list());
    expect(() => mine.dismiss('esc-9')).toThrow(/no longer on screen/);
  });
});
