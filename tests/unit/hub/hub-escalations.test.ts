import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawDataToText } from '../../../electron/core/platform/net/ws-text';
import { deriveRepKey } from '../../../electron/hub/auth/rep-key';
import type { Hub } from '../../../electron/hub/server/start-hub';
import type { EscalatedCall, RepEscalation } from '../../../shared/floor/escalation';
import type { EscalationEventBody, RepHello } from '../../../shared/floor/protocol';
import { ADAPTERS } from '../../support/hub-db-fixture';
import { ManualClock } from '../../support/manual-clock';
import { envelope } from './support/floor-events';
import { useHubPlaces, type HubPlace } from './support/hub-place';
import { RawSocket } from './support/raw-socket';
import { startTestHub, TEAM_TOKEN } from './support/test-hub';

const anaKey = deriveRepKey(TEAM_TOKEN, 'ana');

const CALL: EscalatedCall = {
  leadName: 'Dana Reyes',
  phone: '+13035550176',
  source: 'Web form',
  state: 'connected',
  startedAt: 1_780_000_000_000,
  answeredAt: 1_780_000_008_000,
  endedAt: null,
};

function escalation(id: string, call: EscalatedCall | null = CALL): EscalationEventBody {
  return {
    type: 'escalation',
    escalationId: id,
    leadId: 12,
    attemptId: 'a-7',
    note: 'Asks for a manager',
    call,
  };
}

let place: HubPlace;
let clock: ManualClock;
let hub: Hub;
let ana: RawSocket;
let seq = 0;
/** Every list of escalations the hub sent Ana's socket, in order (acks are read elsewhere). */
let heard: RepEscalation[][] = [];
const wake: (() => void)[] = [];

/** Ana's app as it is now: it says it shows answers, so the hub sends them. */
async function connectAna(showsAnswers = true): Promise<void> {
  ana = await RawSocket.rep(hub.url, 'ana', anaKey);
  heard = [];
  ana.ws.on('message', (data) => {
    const message = JSON.parse(rawDataToText(data)) as {
      type: string;
      escalations?: RepEscalation[];
    };
    if (message.type !== 'escalations') return;
    heard.push(message.escalations ?? []);
    for (const resolve of wake.splice(0)) resolve();
  });
  const hello: RepHello = {
    type: 'hello',
    protocol: 1,
    repId: 'ana',
    repName: 'Ana Ruiz',
    timeZone: 'Europe/Madrid',
    streamId: 'stream-ana-1',
    ...(showsAnswers ? { escalationAnswers: true as const } : {}),
  };
  ana.send(hello);
  const welcome = await ana.next<{ type: string; ackedSeq: number }>();
  expect(welcome.type).toBe('welcome');
  seq = welcome.ackedSeq;
}

async function publish(body: EscalationEventBody): Promise<void> {
  seq += 1;
  ana.event(envelope('ana', seq, body, clock.now()));
  await ana.ackedUpTo(seq);
}

/** Resolves with the first list the hub sent Ana (since she connected) that passes `check`. */
async function anaHears(check: (list: RepEscalation[]) => boolean): Promise<RepEscalation[]> {
  for (let index = 0; ; index++) {
    while (heard.length <= index) await new Promise<void>((resolve) => wake.push(resolve));
    const list = heard[index]!;
    if (check(list)) return list;
  }
}

const start = () => startTestHub(place.dataDir, { clock, databaseUrl: place.databaseUrl });

describe.each(ADAPTERS)('hub escalations (%s database)', (kind) => {
  const places = useHubPlaces(kind);
  beforeEach(async () => {
    place = await places.create('dialdeck-hub-escalations-');
    clock = new ManualClock();
    ({ hub } = await start());
    await connectAna();
  });
  afterEach(async () => {
    await hub.close();
    await place.remove();
  });

  it('shows the card with the lead and its call, and sends the answer to the rep at once', async () => {
    expect(await anaHears(() => true)).toEqual([]);
    await publish(escalation('esc-00000001'));
    const raisedAt = clock.now();
    expect(hub.floor.view().escalations).toEqual([
      {
        id: 'esc-00000001',
        repId: 'ana',
        leadId: 12,
        attemptId: 'a-7',
        note: 'Asks for a manager',
        call: CALL,
        raisedAt,
        acknowledgedAt: null,
        acknowledgedBy: null,
        answer: null,
      },
    ]);
    expect(await anaHears((list) => list.length === 1)).toEqual([
      { escalationId: 'esc-00000001', raisedAt, answer: null },
    ]);

    clock.advance(30_000);
    const answered = await hub.floor.answerEscalation(
      'esc-00000001',
      { kind: 'will-call', text: null },
      'Sam',
    );
    expect(answered).toMatchObject({ ok: true, value: { acknowledgedBy: 'Sam' } });
    expect(hub.floor.view().escalations).toEqual([]);
    expect(await anaHears((list) => Boolean(list[0]?.answer))).toEqual([
      {
        escalationId: 'esc-00000001',
        raisedAt,
        answer: { kind: 'will-call', text: null, by: 'Sam', at: raisedAt + 30_000 },
      },
    ]);

    // A second answer, by anyone, changes nothing: the first one stands.
    expect(
      await hub.floor.answerEscalation('esc-00000001', { kind: 'reply', text: 'On it' }, 'Kim'),
    ).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The escalation was already answered by Sam.' },
    });
    expect(
      await hub.floor.answerEscalation('esc-missing', { kind: 'acknowledged', text: null }, 'Kim'),
    ).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no escalation esc-missing.' },
    });
  });

  it('keeps the escalation, its answer, who and when across a restart, and tells the rep again on reconnecting', async () => {
    await publish(escalation('esc-00000001'));
    const raisedAt = clock.now();
    clock.advance(5_000);
    await publish(escalation('esc-00000002', null));
    clock.advance(55_000);
    await hub.floor.answerEscalation(
      'esc-00000001',
      { kind: 'reply', text: 'Offer the 10% discount' },
      'Sam',
    );
    await hub.close();

    ({ hub } = await start());
    expect(hub.floor.view().escalations).toMatchObject([
      { id: 'esc-00000002', call: null, answer: null },
    ]);
    await connectAna();
    expect(await anaHears(() => true)).toEqual([
      { escalationId: 'esc-00000002', raisedAt: raisedAt + 5_000, answer: null },
      {
        escalationId: 'esc-00000001',
        raisedAt,
        answer: {
          kind: 'reply',
          text: 'Offer the 10% discount',
          by: 'Sam',
          at: raisedAt + 60_000,
        },
      },
    ]);
    await hub.close();
    const [stored] = await place.query<Record<string, unknown>>(
      `SELECT acknowledged_by, acknowledged_at, answer, reply, call_json FROM escalations
       WHERE id = 'esc-00000001'`,
    );
    expect(stored).toEqual({
      acknowledged_by: 'Sam',
      acknowledged_at: raisedAt + 60_000,
      answer: 'reply',
      reply: 'Offer the 10% discount',
      call_json: JSON.stringify(CALL),
    });
    ({ hub } = await start());
  });

  it('sends nothing to an app that does not show answers, and takes an older supervisor’s acknowledgement', async () => {
    await ana.close();
    await connectAna(false);
    await publish(escalation('esc-00000003'));
    const sam = await RawSocket.open(hub.url, '/floor', { authorization: `Bearer ${TEAM_TOKEN}` });
    if (!(sam instanceof RawSocket)) throw new Error(`refused with ${sam.refused}`);
    sam.send({
      type: 'acknowledge-escalation',
      requestId: 7,
      escalationId: 'esc-00000003',
      by: 'Sam',
    });
    for (;;) {
      const message = await sam.next<{ type: string; requestId?: number; ok?: boolean }>();
      if (message.type === 'result') {
        expect(message).toEqual({ type: 'result', requestId: 7, ok: true });
        break;
      }
    }
    await sam.close();
    // Ana's app (an older one) got acks only: an unknown message would have dropped its socket.
    seq += 1;
    ana.event(envelope('ana', seq, escalation('esc-00000004'), clock.now()));
    const received: string[] = [];
    for (;;) {
      const message = await ana.next<{ type: string; upToSeq?: number }>();
      received.push(message.type);
      if (message.type === 'ack' && message.upToSeq === seq) break;
    }
    expect(new Set(received)).toEqual(new Set(['ack']));
    await hub.close();
    const rows = await place.query<{ id: string; answer: string | null; acknowledged_by: string }>(
      'SELECT id, answer, acknowledged_by FROM escalations ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 'esc-00000003', answer: 'acknowledged', acknowledged_by: 'Sam' },
      { id: 'esc-00000004', answer: null, acknowledged_by: null },
    ]);
    ({ hub } = await start());
  });
});
