import fs from 'node:fs';
import path from 'node:path';
import { MINUTE_MS } from '../../../shared/clock';
import { CampaignRepository } from '../campaigns';
import { LeadRepository } from '../leads';
import type { NewLead } from '../leads';
import type { Store } from '../platform/store/store';

interface DemoFile {
  campaign: { id: string; name: string };
  leads: Array<
    Omit<NewLead, 'campaignId' | 'createdAt' | 'postalCode' | 'owner' | 'phoneExtension'> & {
      ageMinutes: number;
    }
  >;
}

/** Demo leads arrive "just now" relative to the first start, so speed-to-lead is live. */
export async function seedDemoData(
  store: Store,
  resourcesDir: string,
  now: number,
): Promise<number> {
  const file = path.join(resourcesDir, 'demo', 'leads.json');
  const demo = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoFile;
  const leads: NewLead[] = demo.leads.map(({ ageMinutes, ...lead }) => ({
    ...lead,
    campaignId: demo.campaign.id,
    createdAt: now - ageMinutes * MINUTE_MS,
    postalCode: null,
    owner: null,
    phoneExtension: null,
  }));
  await store.write([
    CampaignRepository.ensureStatement({ ...demo.campaign, createdAt: now }),
    ...LeadRepository.insertStatements(leads, now),
  ]);
  return leads.length;
}
