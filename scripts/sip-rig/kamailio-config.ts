import fs from 'node:fs';
import path from 'node:path';
import { MATCHED_DIGITS, type FarEndPlan } from './rig-plan';

const TEMPLATE = path.join(import.meta.dirname, 'kamailio.cfg.template');

export interface KamailioSettings {
  sipPort: number;
  wsPort: number;
  domain: string;
  moduleDir: string;
  user: string;
  password: string;
  farEnds: readonly { plan: FarEndPlan; sipPort: number }[];
}

/** One branch of the number plan: the dialed number's last digits send the call to a far end. */
function numberPlanBranch(plan: FarEndPlan, sipPort: number): string {
  const national = (number: string) => number.replace(/\D/g, '').slice(-MATCHED_DIGITS);
  const alternatives = [national(plan.number)];
  if (plan.blockPrefix !== undefined) {
    alternatives.push(`${national(`${plan.blockPrefix}00`).slice(0, -2)}[0-9][0-9]`);
  }
  const pattern = alternatives.length === 1 ? alternatives[0] : `(${alternatives.join('|')})`;
  return [
    `\tif ($rU =~ "${pattern}$") {`,
    `\t\t$ru = "sip:${plan.user}@127.0.0.1:${sipPort}";`,
    `\t\troute(RELAY);`,
    `\t}`,
  ].join('\n');
}

/** Kamailio's configuration for the rig: the template with every {{NAME}} filled in. */
export function kamailioConfig(settings: KamailioSettings): string {
  const values: Record<string, string> = {
    SIP_PORT: String(settings.sipPort),
    WS_PORT: String(settings.wsPort),
    DOMAIN: settings.domain,
    MODULE_DIR: settings.moduleDir,
    USER: settings.user,
    PASSWORD: settings.password,
    NUMBER_PLAN: settings.farEnds.map((end) => numberPlanBranch(end.plan, end.sipPort)).join('\n'),
  };
  const filled = fs
    .readFileSync(TEMPLATE, 'utf8')
    .replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  const leftOver = filled.match(/\{\{\w+\}\}/);
  if (leftOver) throw new Error(`kamailio.cfg.template: nothing fills ${leftOver[0]}`);
  return filled;
}

/** Where Debian (or a local build) keeps Kamailio's modules: the folder holding websocket.so. */
export function kamailioModuleDir(): string {
  const candidates = [
    ...fs
      .readdirSync('/usr/lib', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join('/usr/lib', entry.name, 'kamailio/modules')),
    '/usr/lib/kamailio/modules',
    '/usr/local/lib64/kamailio/modules',
    '/usr/local/lib/kamailio/modules',
  ];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'websocket.so')));
  if (!found) {
    throw new Error(
      "Kamailio's WebSocket module (websocket.so) is not installed: apt-get install kamailio kamailio-websocket-modules",
    );
  }
  return found;
}
