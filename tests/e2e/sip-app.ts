import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { FarEndRole } from '../../scripts/sip-rig/rig-plan';
import type { SipRig } from '../../scripts/sip-rig/start-rig';
import { importLeads } from '../support/import-leads';
import type { BrowserModeApp } from './browser-mode';
import { rigLead, startBrowserOnRig } from './sip-rig-app';

/** A lead in Denver (303, the rig's numbers) who reaches one of the rig's far ends. */
export interface RigLead {
  role: FarEndRole;
  firstName: string;
  created: string;
}

/**
 * Browser mode on the rig's SIP line, in a data folder holding `leads`: no demo, the workday
 * clock, calls without registering, the line's own caller ID `callerId`, then any `moreArgs`.
 */
export async function startAppOnRig(options: {
  rig: SipRig;
  dataDir: string;
  leads: readonly RigLead[];
  callerId: string;
  moreArgs?: string[];
}): Promise<BrowserModeApp> {
  const { rig, dataDir, leads, callerId, moreArgs = [] } = options;
  await importLeads(
    dataDir,
    leads.map((lead) =>
      rigLead({ firstName: lead.firstName, phone: rig.numbers[lead.role], created: lead.created }),
    ),
  );
  return startBrowserOnRig(rig, dataDir, [
    '--sip-no-register',
    '--sip-caller-id',
    callerId,
    ...moreArgs,
  ]);
}

/** The data folder's attempts as the CLI exports them (CSV rows by column name); the app must be stopped. */
export async function exportAttempts(dataDir: string): Promise<Record<string, string>[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    'electron/cli/main.ts',
    'export',
    'attempts',
    '--data-dir',
    dataDir,
  ]);
  return Papa.parse<Record<string, string>>(stdout.trim(), { header: true }).data;
}
