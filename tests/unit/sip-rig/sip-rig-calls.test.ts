import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DTMF_RECEIVED, type FarEnd } from '../../../scripts/sip-rig/far-end';
import { INVITE_RECEIVED } from '../../../scripts/sip-rig/sip-trace';
import { startSipRig, type SipRig } from '../../../scripts/sip-rig/start-rig';
import { analyseTone } from '../../support/sip/tone-analysis';
import { makeTempDir } from '../../support/temp-dir';
import { CALLER_TONE_HZ, nextEvent, startCallerPhone } from './rig-phone';

/** A tone is found within one bin of sox's spectrum (48 kHz / 4096 ≈ 12 Hz). */
const BIN_HZ = 12;

describe('the SIP rig, called by a baresip phone over UDP', () => {
  const temp = makeTempDir('dialdeck-sip-rig-');
  let rig: SipRig;
  let caller: FarEnd;

  beforeAll(async () => {
    rig = await startSipRig({ dir: temp.dir, ringMs: 300 });
    caller = await startCallerPhone(temp.dir);
  });
  afterAll(async () => {
    await caller?.stop();
    await rig?.stop();
    temp.remove();
  });

  const dial = async (number: string) => {
    const reply = await caller.command('dial', `sip:${number}@${rig.udpAddress}`);
    expect(reply.ok).toBe(true);
  };

  it('answers the answering number after a ring, with audio both ways and DTMF', async () => {
    const answer = rig.farEnds.answer;
    const [callerMark, answerMark] = [caller.events().length, answer.events().length];
    await dial(rig.numbers.answer);

    const incoming = await nextEvent(answer, answerMark, 'CALL_INCOMING');
    expect(incoming.peerUri).toBe('sip:caller@127.0.0.1');
    // The SIP trace gives the same INVITE's identities (and only the far end's received ones).
    const traced = await nextEvent(answer, answerMark, INVITE_RECEIVED);
    expect(traced.callId).toBe(incoming.callId);
    expect(answer.invites().at(-1)).toMatchObject({
      callId: incoming.callId,
      from: 'sip:caller@127.0.0.1',
      pAssertedIdentity: null,
    });
    expect(caller.invites()).toEqual([]);
    await nextEvent(caller, callerMark, 'CALL_RINGING');
    await nextEvent(caller, callerMark, 'CALL_ESTABLISHED');

    await answer.waitForRecordedSeconds(1.5, 15_000);
    await caller.waitForRecordedSeconds(1.5, 15_000);
    await caller.command('sndcode', '7');
    expect((await nextEvent(answer, answerMark, DTMF_RECEIVED)).param).toBe('7');

    await caller.command('hangup');
    await nextEvent(answer, answerMark, 'CALL_CLOSED');

    const heardByFarEnd = (await answer.recordings()).at(-1)!;
    const farEndTone = await analyseTone(heardByFarEnd, 0.5, 1);
    expect(Math.abs(farEndTone.peakHz - CALLER_TONE_HZ)).toBeLessThanOrEqual(BIN_HZ);
    expect(farEndTone.rms).toBeGreaterThan(0.05);

    const heardByCaller = (await caller.recordings()).at(-1)!;
    const callerTone = await analyseTone(heardByCaller, 0.5, 1);
    expect(Math.abs(callerTone.peakHz - answer.plan.toneHz)).toBeLessThanOrEqual(BIN_HZ);
  });

  it('refuses the busy number with 486', async () => {
    const mark = caller.events().length;
    await dial(rig.numbers.busy);
    const closed = await nextEvent(caller, mark, 'CALL_CLOSED');
    expect(closed.param).toMatch(/^486 /);
    expect(rig.farEnds.busy.events().some((event) => event.type === 'CALL_ESTABLISHED')).toBe(
      false,
    );
  });

  it('lets the unanswered number ring until the caller gives up', async () => {
    const noAnswer = rig.farEnds['no-answer'];
    const [callerMark, farMark] = [caller.events().length, noAnswer.events().length];
    await dial(rig.numbers['no-answer']);
    await nextEvent(caller, callerMark, 'CALL_RINGING');
    await nextEvent(noAnswer, farMark, 'CALL_INCOMING');
    await caller.command('hangup');
    const closed = await nextEvent(noAnswer, farMark, 'CALL_CLOSED');
    expect(closed.param).not.toMatch(/^2\d\d/);
    const established = noAnswer.events().slice(farMark);
    expect(established.map((event) => event.type)).not.toContain('CALL_ESTABLISHED');
  });

  it('answers a number outside its plan with 404', async () => {
    const mark = caller.events().length;
    await dial('+13035550199');
    expect((await nextEvent(caller, mark, 'CALL_CLOSED')).param).toMatch(/^404 /);
  });
});
