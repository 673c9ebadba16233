import fs from 'node:fs';
import path from 'node:path';
import type { FarEndPlan } from './rig-plan';

/** Where Debian's baresip-core puts its modules. */
const MODULE_DIR = '/usr/lib/baresip/modules';
const MODULES = ['g711', 'opus', 'ausine', 'sndfile', 'stun', 'turn', 'ice', 'srtp', 'dtls_srtp'];
const APP_MODULES = ['account', 'menu', 'ctrl_tcp'];

export interface BaresipSettings {
  plan: FarEndPlan;
  /** The far end's own folder: its config, accounts and recordings. */
  dir: string;
  sipPort: number;
  controlPort: number;
}

/** The folder where the far end records each call: dump-<time>-dec.wav is what it heard. */
export function recordingsDir(dir: string): string {
  return path.join(dir, 'recordings');
}

/**
 * A far end's config: no sound card (the tone comes from ausine, what it hears goes to sndfile),
 * WebRTC media as Chromium offers it (ICE, DTLS-SRTP, rtcp-mux, AVPF, opus or PCMU), and ctrl_tcp
 * so the rig can answer or refuse its calls.
 */
function configText({ plan, dir, sipPort, controlPort }: BaresipSettings): string {
  const lines: [string, string][] = [
    ['poll_method', 'epoll'],
    ['sip_listen', `127.0.0.1:${sipPort}`],
    ['call_local_timeout', '0'],
    ['call_max_calls', '4'],
    ['audio_source', `ausine,${plan.toneHz}`],
    ['audio_alert', `ausine,${plan.toneHz}`],
    ['ausrc_srate', '48000'],
    ['auplay_srate', '48000'],
    ['audio_buffer', '20-160'],
    ['rtcp_mux', 'yes'],
    ['jitter_buffer_delay', '5-10'],
    ['module_path', MODULE_DIR],
    ...MODULES.map((name): [string, string] => ['module', `${name}.so`]),
    ...APP_MODULES.map((name): [string, string] => ['module_app', `${name}.so`]),
    ['ctrl_tcp_listen', `127.0.0.1:${controlPort}`],
    ['snd_path', recordingsDir(dir)],
  ];
  return lines.map(([key, value]) => `${key.padEnd(24)}${value}`).join('\n') + '\n';
}

/** Answers by hand (the rig says when), never registers, and takes WebRTC's media. */
function accountLine({ plan }: BaresipSettings): string {
  const params = [
    'regint=0',
    'answermode=manual',
    'medianat=ice',
    'mediaenc=dtls_srtp',
    'audio_codecs=opus/48000/2,PCMU',
  ];
  return `<sip:${plan.user}@127.0.0.1>;${params.join(';')}\n`;
}

/** Writes the far end's config folder (config, accounts, an empty recordings folder). */
export function writeBaresipConfig(settings: BaresipSettings): void {
  const missing = [...MODULES, ...APP_MODULES].filter(
    (name) => !fs.existsSync(path.join(MODULE_DIR, `${name}.so`)),
  );
  if (missing.length > 0) {
    throw new Error(
      `baresip's modules ${missing.join(', ')} are not in ${MODULE_DIR}: apt-get install baresip-core`,
    );
  }
  fs.mkdirSync(recordingsDir(settings.dir), { recursive: true });
  fs.writeFileSync(path.join(settings.dir, 'config'), configText(settings));
  fs.writeFileSync(path.join(settings.dir, 'accounts'), accountLine(settings));
}
