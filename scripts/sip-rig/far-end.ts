import fs from 'node:fs';
import path from 'node:path';
import { connectBaresipControl, type BaresipControl, type BaresipEvent } from './baresip-control';
import { recordingsDir, writeBaresipConfig } from './baresip-config';
import { listRecordings, waitForRecordedSeconds } from './recordings';
import { startRigProcess, type RigProcess } from './rig-process';
import type { FarEndPlan } from './rig-plan';
import { INVITE_RECEIVED, SipTraceReader, type ReceivedInvite } from './sip-trace';

/** A prospect's phone played by baresip. */
export interface FarEnd {
  plan: FarEndPlan;
  sipPort: number;
  /** Where it records what it hears, one dump-<time>-dec.wav per answered call. */
  recordingsDir: string;
  /** baresip's own output (SIP, ICE, DTLS, "received event: '5'" for DTMF). */
  logFile: string;
  /** Every event so far, in order. */
  events(): readonly BaresipEvent[];
  /** Every INVITE it received, in order, with its identities (each also told as INVITE_RECEIVED). */
  invites(): readonly ReceivedInvite[];
  /** Tells each event as it comes. */
  onEvent(listener: (event: BaresipEvent) => void): void;
  /** The first event so far or to come that matches; fails after the limit. */
  waitForEvent(matches: (event: BaresipEvent) => boolean, limitMs: number): Promise<BaresipEvent>;
  /** The recordings of what it heard, oldest first; complete for every call it has closed. */
  recordings(): Promise<string[]>;
  /** Resolves with the current call's recording once it holds `seconds` of what the far end heard. */
  waitForRecordedSeconds(seconds: number, limitMs: number): Promise<string>;
  /** Sends baresip a ctrl_tcp command (dial, hangup, sndcode…): a rig phone can call out too. */
  command(name: string, params?: string): Promise<{ ok: boolean; data: string }>;
  stop(): Promise<void>;
}

export interface FarEndOptions {
  plan: FarEndPlan;
  dir: string;
  sipPort: number;
  controlPort: number;
  ringMs: number;
}

const START_LIMIT_MS = 15_000;

/**
 * The rig's own event for a DTMF key the far end received (RFC 4733), its `param` the key.
 * From Chromium, baresip 1.0 logs only each key's end and tells ctrl_tcp CALL_DTMF_END without
 * the key (no CALL_DTMF_START); its log line "received event: '5' (end=1)" names it.
 */
export const DTMF_RECEIVED = 'RIG_DTMF_RECEIVED';

/** The key of baresip's "received event: '5' (end=1)" log line (once per key: its end). */
function dtmfKeyIn(line: string): string | null {
  return /received event: '([0-9A-D*#])' \(end=1\)/.exec(line)?.[1] ?? null;
}

/**
 * What the far end does when a call comes in: answer after the ring, refuse it busy, or let it
 * ring. Returns how to cancel the answers still waiting for their ring to end.
 */
function answerIncoming(control: BaresipControl, { plan, ringMs }: FarEndOptions): () => void {
  const ringing = new Set<NodeJS.Timeout>();
  // A caller who gives up before the ring ends leaves nothing to accept: that answer is moot.
  const answerAfterRing = () => {
    const timer = setTimeout(() => {
      ringing.delete(timer);
      void control.command('accept').catch(() => undefined);
    }, ringMs);
    ringing.add(timer);
  };
  control.onEvent((event) => {
    if (event.type !== 'CALL_INCOMING') return;
    switch (plan.role) {
      case 'answer':
        answerAfterRing();
        break;
      case 'busy':
        // baresip refuses an incoming call it hangs up with 486.
        void control.command('hangup').catch(() => undefined);
        break;
      case 'no-answer':
        break;
    }
  });
  return () => ringing.forEach((timer) => clearTimeout(timer));
}

export async function startFarEnd(options: FarEndOptions): Promise<FarEnd> {
  const { plan, dir } = options;
  writeBaresipConfig(options);
  const logFile = path.join(dir, 'baresip.log');
  // -s: the SIP trace, for the headers ctrl_tcp does not tell (P-Asserted-Identity).
  const args = ['-s', '-f', dir];
  const baresip: RigProcess = startRigProcess(`baresip (${plan.role})`, 'baresip', args, {
    cwd: dir,
    logFile,
  });
  let control: BaresipControl;
  try {
    await baresip.waitForLine(/baresip is ready/, START_LIMIT_MS);
    control = await connectBaresipControl(options.controlPort);
  } catch (error) {
    await baresip.stop();
    throw error;
  }
  const seen: BaresipEvent[] = [];
  const listeners = new Set<(event: BaresipEvent) => void>();
  const eventsFile = fs.createWriteStream(path.join(dir, 'events.jsonl'));
  const tell = (event: BaresipEvent) => {
    seen.push(event);
    eventsFile.write(`${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);
    for (const listener of listeners) listener(event);
  };
  control.onEvent(tell);
  const invites: ReceivedInvite[] = [];
  const trace = new SipTraceReader(options.sipPort);
  baresip.onLine((line) => {
    const key = dtmfKeyIn(line);
    if (key !== null) tell({ type: DTMF_RECEIVED, peerUri: '', param: key, callId: '' });
    const invite = trace.push(line);
    if (invite) {
      invites.push(invite);
      tell({ type: INVITE_RECEIVED, peerUri: invite.from, param: '', callId: invite.callId });
    }
  });
  const stopAnswering = answerIncoming(control, options);
  const recordings = recordingsDir(dir);

  return {
    plan,
    sipPort: options.sipPort,
    recordingsDir: recordings,
    logFile,
    events: () => seen,
    invites: () => invites,
    onEvent: (listener) => listeners.add(listener),
    waitForEvent(matches, limitMs) {
      const already = seen.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const listener = (event: BaresipEvent) => {
          if (!matches(event)) return;
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(event);
        };
        const timer = setTimeout(() => {
          listeners.delete(listener);
          const told = seen.map((event) => `${event.type} ${event.param}`).join(', ');
          reject(new Error(`${plan.user}: no such event within ${limitMs} ms (saw: ${told})`));
        }, limitMs);
        listeners.add(listener);
      });
    },
    async recordings() {
      // baresip closes a call's recording right after it reports the call closed, in the same
      // turn of its loop: the answer to any later command means the files are complete.
      await control.command('listcalls');
      return listRecordings(recordings);
    },
    waitForRecordedSeconds: (seconds, limitMs) =>
      waitForRecordedSeconds(recordings, seconds, limitMs),
    command: (name, params) => control.command(name, params),
    async stop() {
      stopAnswering();
      control.close();
      await baresip.stop();
      eventsFile.end();
    },
  };
}
