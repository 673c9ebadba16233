import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFarEnd, type FarEnd } from './far-end';
import { freePort, freeSipPort } from './free-port';
import { kamailioConfig, kamailioModuleDir } from './kamailio-config';
import { DEFAULT_RING_MS, FAR_ENDS, RIG_ACCOUNT, type FarEndRole } from './rig-plan';
import { startRigProcess, type RigProcess } from './rig-process';

/** A running rig: what a SIP client needs to call through it, and what the far ends saw. */
export interface SipRig {
  /** Where a WebRTC client connects: ws://127.0.0.1:<port>. */
  wsUrl: string;
  /** Kamailio over UDP (host:port), for SIP phones that are not in a browser. */
  udpAddress: string;
  /** The SIP domain (and the digest realm of REGISTER). */
  domain: string;
  /** The one account that may REGISTER (calls need no registration). */
  user: string;
  password: string;
  /** The number that reaches each far end, in E.164. */
  numbers: Record<FarEndRole, string>;
  farEnds: Record<FarEndRole, FarEnd>;
  /** Where the answering far end records what it hears. */
  recordingsDir: string;
  /** The rig's folder: every config, log and recording. */
  dir: string;
  kamailioLog: string;
  stop(): Promise<void>;
}

export interface SipRigOptions {
  /** The rig's folder; a new temp folder when left out (removed on stop unless KEEP_RIG_DATA). */
  dir?: string;
  /** How long the answering far end rings before it answers. */
  ringMs?: number;
}

const DOMAIN = '127.0.0.1';
const START_ATTEMPTS = 3;
const KAMAILIO_START_LIMIT_MS = 15_000;

/** Starts a component on free ports; another process may take a port before it binds, so try again. */
async function onFreePorts<T>(start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      const clash = /Address already in use|bind failed|could not bind/i.test(String(error));
      if (!clash || attempt === START_ATTEMPTS) throw error;
    }
  }
}

async function startKamailio(
  dir: string,
  farEnds: readonly FarEnd[],
): Promise<{ process: RigProcess; wsPort: number; sipPort: number }> {
  const moduleDir = kamailioModuleDir();
  return onFreePorts(async () => {
    const sipPort = await freeSipPort();
    const wsPort = await freePort();
    const configFile = path.join(dir, 'kamailio.cfg');
    fs.writeFileSync(
      configFile,
      kamailioConfig({
        sipPort,
        wsPort,
        domain: DOMAIN,
        moduleDir,
        user: RIG_ACCOUNT.user,
        password: RIG_ACCOUNT.password,
        farEnds: farEnds.map((end) => ({ plan: end.plan, sipPort: end.sipPort })),
      }),
    );
    const runDir = path.join(dir, 'kamailio-run');
    fs.mkdirSync(runDir, { recursive: true });
    // -DD: stay in the foreground (its workers are its children); -E: log to stderr; small memory.
    const args = ['-DD', '-E', '-f', configFile, '-Y', runDir, '-P', path.join(runDir, 'pid')];
    const process = startRigProcess('kamailio', 'kamailio', [...args, '-m', '32', '-M', '4'], {
      cwd: dir,
      logFile: path.join(dir, 'kamailio.log'),
    });
    try {
      await process.waitForLine(/rig: kamailio ready/, KAMAILIO_START_LIMIT_MS);
    } catch (error) {
      await process.stop();
      throw error;
    }
    return { process, wsPort, sipPort };
  });
}

/**
 * Starts the SIP rig: baresip far ends (answer after a ring with a tone and a recording, busy,
 * no answer) behind Kamailio, which takes WebRTC clients on ws://127.0.0.1 and routes by number.
 */
export async function startSipRig(options: SipRigOptions = {}): Promise<SipRig> {
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dialdeck-sip-rig-'));
  const ringMs = options.ringMs ?? DEFAULT_RING_MS;
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const part of started.reverse()) await part.stop();
    if (ownDir && !process.env.KEEP_RIG_DATA) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const farEnds = {} as Record<FarEndRole, FarEnd>;
    for (const plan of FAR_ENDS) {
      const farEndDir = path.join(dir, plan.user);
      fs.mkdirSync(farEndDir, { recursive: true });
      const farEnd = await onFreePorts(async () =>
        startFarEnd({
          plan,
          dir: farEndDir,
          sipPort: await freeSipPort(),
          controlPort: await freePort(),
          ringMs,
        }),
      );
      started.push(farEnd);
      farEnds[plan.role] = farEnd;
    }
    const kamailio = await startKamailio(dir, Object.values(farEnds));
    started.push(kamailio.process);
    return {
      wsUrl: `ws://${DOMAIN}:${kamailio.wsPort}`,
      udpAddress: `${DOMAIN}:${kamailio.sipPort}`,
      domain: DOMAIN,
      user: RIG_ACCOUNT.user,
      password: RIG_ACCOUNT.password,
      numbers: Object.fromEntries(FAR_ENDS.map((plan) => [plan.role, plan.number])) as Record<
        FarEndRole,
        string
      >,
      farEnds,
      recordingsDir: farEnds.answer.recordingsDir,
      dir,
      kamailioLog: kamailio.process.logFile,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
