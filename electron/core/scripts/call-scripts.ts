import fs from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../../shared/result';
import { CampaignRepository } from '../campaigns';
import type { Store } from '../platform/store/store';

/** The script a campaign without its own gets: the first call to an inbound lead. */
export const DEFAULT_SCRIPT_FILE = path.join('scripts', 'inbound-lead.md');

/** Each campaign's call script (Markdown with merge fields); the renderer parses and fills it. */
export class CallScripts {
  private defaultScript: Promise<string> | null = null;

  constructor(
    private readonly store: Store,
    private readonly resourcesDir: string,
  ) {}

  async forCampaign(campaignId: string): Promise<string> {
    const own = await new CampaignRepository(this.store).scriptMarkdown(campaignId);
    if (own === null) {
      throw new DomainError('not-found', `There is no campaign "${campaignId}".`);
    }
    return own.trim() === '' ? this.defaultMarkdown() : own;
  }

  private defaultMarkdown(): Promise<string> {
    this.defaultScript ??= fs
      .readFile(path.join(this.resourcesDir, DEFAULT_SCRIPT_FILE), 'utf8')
      .catch((error: unknown) => {
        this.defaultScript = null;
        throw new DomainError(
          'unavailable',
          `The default call script is missing (${(error as Error).message}); reinstall Dialdeck.`,
        );
      });
    return this.defaultScript;
  }
}
