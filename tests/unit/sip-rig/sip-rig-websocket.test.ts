import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSipRig, type SipRig } from '../../../scripts/sip-rig/start-rig';
import { digestAuthorization, parseChallenge } from '../../support/sip/sip-digest';
import {
  connectSipWebSocket,
  newBranch,
  newTag,
  sipRequest,
  webRtcLikeOffer,
  type SipWebSocketClient,
} from '../../support/sip/sip-websocket-client';
import { makeTempDir } from '../../support/temp-dir';

const LIMIT_MS = 10_000;

describe('the SIP rig, over its WebSocket as a browser reaches it', () => {
  const temp = makeTempDir('dialdeck-sip-rig-ws-');
  let rig: SipRig;
  let client: SipWebSocketClient;

  beforeAll(async () => {
    // The answering far end must still be ringing when a test cancels, however slow the machine.
    rig = await startSipRig({ dir: temp.dir, ringMs: 60_000 });
    client = await connectSipWebSocket(rig.wsUrl);
  });
  afterAll(async () => {
    client?.close();
    await rig?.stop();
    temp.remove();
  });

  const register = (callId: string, cseq: number, authorization?: string) => {
    const aor = `sip:${rig.user}@${rig.domain}`;
    client.send(
      sipRequest(client, {
        method: 'REGISTER',
        uri: `sip:${rig.domain}`,
        from: `<${aor}>;tag=${newTag()}`,
        to: `<${aor}>`,
        callId,
        cseq,
        branch: newBranch(),
        headers: ['Expires: 60', ...(authorization ? [`Authorization: ${authorization}`] : [])],
      }),
    );
    return client.response(
      (response) =>
        response.cseqMethod === 'REGISTER' &&
        response.header('call-id') === callId &&
        Number(response.header('cseq')?.split(' ')[0]) === cseq,
      LIMIT_MS,
    );
  };

  it('challenges a REGISTER, refuses a wrong password and registers the right one', async () => {
    const callId = `register-${newTag()}`;
    const challenged = await register(callId, 1);
    expect(challenged.status).toBe(401);
    const challenge = parseChallenge(challenged.header('www-authenticate') ?? '');
    expect(challenge.realm).toBe(rig.domain);

    const answer = (password: string) =>
      digestAuthorization({
        challenge,
        method: 'REGISTER',
        uri: `sip:${rig.domain}`,
        user: rig.user,
        password,
      });
    expect((await register(callId, 2, answer('not-the-password'))).status).toBe(401);
    const registered = await register(callId, 3, answer(rig.password));
    expect(registered.status).toBe(200);
    expect(registered.header('contact')).toContain(client.viaHost);
  });

  const invite = (number: string) => {
    const callId = `invite-${newTag()}`;
    const branch = newBranch();
    const fields = {
      uri: `sip:${number}@${rig.domain}`,
      from: `<sip:+17205550100@${rig.domain}>;tag=${newTag()}`,
      to: `<sip:${number}@${rig.domain}>`,
      callId,
      cseq: 1,
      branch,
    };
    client.send(
      sipRequest(client, {
        ...fields,
        method: 'INVITE',
        body: { type: 'application/sdp', text: webRtcLikeOffer() },
      }),
    );
    const final = (status: (code: number) => boolean) =>
      client.response(
        (response) =>
          response.header('call-id') === callId &&
          response.cseqMethod === 'INVITE' &&
          status(response.status),
        LIMIT_MS,
      );
    const cancel = () => client.send(sipRequest(client, { ...fields, method: 'CANCEL' }));
    return { final, cancel };
  };

  it('routes a call from the WebSocket to the busy far end, which answers 486', async () => {
    const call = invite(rig.numbers.busy);
    const refused = await call.final((status) => status >= 300);
    expect(refused.status).toBe(486);
    const incoming = await rig.farEnds.busy.waitForEvent(
      (event) => event.type === 'CALL_INCOMING',
      LIMIT_MS,
    );
    expect(incoming.peerUri).toBe(`sip:+17205550100@${rig.domain}`);
  });

  it('lets a call from the WebSocket ring at the unanswered far end until it is cancelled', async () => {
    const call = invite(rig.numbers['no-answer']);
    expect((await call.final((status) => status === 180)).status).toBe(180);
    call.cancel();
    expect((await call.final((status) => status >= 300)).status).toBe(487);
  });

  it("reaches the answering far end on a number of its block, as the bench's leads do", async () => {
    const call = invite('+13035550242');
    expect((await call.final((status) => status === 180)).status).toBe(180);
    const incoming = await rig.farEnds.answer.waitForEvent(
      (event) => event.type === 'CALL_INCOMING',
      LIMIT_MS,
    );
    expect(incoming.peerUri).toBe(`sip:+17205550100@${rig.domain}`);
    call.cancel();
    expect((await call.final((status) => status >= 300)).status).toBe(487);
  });

  it('answers 404 for a number outside its plan', async () => {
    const call = invite('+13035550199');
    expect((await call.final((status) => status >= 300)).status).toBe(404);
  });
});
