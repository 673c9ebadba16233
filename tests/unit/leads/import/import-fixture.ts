import type {
  ImportOptions,
  ImportProgressEvent,
  ImportReport,
} from '../../../../shared/domain/import';
import type { TeamImporter } from '../../../../electron/core/team/imports';
import { ImportService } from '../../../../electron/core/leads/import/import-service';
import { CampaignRepository } from '../../../../electron/core/campaigns/campaign-repository';
import { openInlineStore, sql, type Store } from '../../../../electron/core/platform/store';
import { ManualClock } from '../../../support/manual-clock';
import { makeTempDir } from '../../../support/temp-dir';

/** Friday 27 Nov 2026, 15:00 UTC: 10:00 in New York, 07:00 in Los Angeles. */
export const NOW = Date.UTC(2026, 10, 27, 15, 0, 0);

export interface ImportFixture {
  dataDir: string;
  store: Store;
  clock: ManualClock;
  service: ImportService;
  progress: ImportProgressEvent[];
  committed: ImportReport[];
  close(): Promise<void>;
}

export interface FixtureOptions {
  /** Wraps the store the service writes through (to make a write fail on purpose). */
  wrapStore?: (store: Store) => Store;
  readChunkBytes?: number;
  dataDir?: string;
  onProgress?: (event: ImportProgressEvent) => void;
  /** A supervisor's hub, for imports into a team campaign. */
  teamImporter?: () => TeamImporter | null;
}

export async function openImportFixture(options: FixtureOptions = {}): Promise<ImportFixture> {
  const temp = options.dataDir ? null : makeTempDir('dialdeck-import-');
  const dataDir = options.dataDir ?? temp!.dir;
  const { store } = await openInlineStore({ dataDir });
  await store.write([
    CampaignRepository.ensureStatement({ id: 'c1', name: 'Inbound', createdAt: 0 }),
    CampaignRepository.ensureStatement({ id: 'c2', name: 'Other', createdAt: 1 }),
  ]);
  const clock = new ManualClock(NOW);
  const progress: ImportProgressEvent[] = [];
  const committed: ImportReport[] = [];
  const service = new ImportService({
    store: options.wrapStore ? options.wrapStore(store) : store,
    clock,
    dataDir,
    settings: () => ({ repCountry: 'US', repTimeZone: 'America/New_York' }),
    onProgress: (event) => {
      progress.push(event);
      options.onProgress?.(event);
    },
    onCommitted: (report) => committed.push(report),
    newImportId: nextImportId,
    ...(options.readChunkBytes ? { readChunkBytes: options.readChunkBytes } : {}),
    ...(options.teamImporter ? { teamImporter: options.teamImporter } : {}),
  });
  await service.start();
  return {
    dataDir,
    store,
    clock,
    service,
    progress,
    committed,
    async close() {
      await service.close();
      await store.close();
      temp?.remove();
    },
  };
}

let importSeq = 0;
function nextImportId(): string {
  return `00000000-0000-4000-8000-${String(++importSeq).padStart(12, '0')}`;
}

/** Begins an import and sends the text in chunks of `chunkBytes`, as the renderer does. */
export async function upload(
  service: ImportService,
  text: string | Buffer,
  options: Partial<ImportOptions> = {},
  chunkBytes = 64 * 1024,
): Promise<string> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const { importId } = await service.begin('leads.csv', bytes.byteLength, {
    campaignId: 'c1',
    defaultCountry: 'US',
    ...options,
  });
  for (let at = 0; at < bytes.byteLength; at += chunkBytes) {
    await service.chunk(importId, bytes.subarray(at, at + chunkBytes).toString('base64'));
  }
  return importId;
}

/** Everything an import may touch, to compare before and after. */
export async function storeDump(store: Store) {
  return {
    leads: await store.all(sql`SELECT * FROM leads ORDER BY id`),
    dnc: await store.all(sql`SELECT * FROM dnc ORDER BY phone_e164`),
    staging: await store.all(sql`SELECT name FROM sqlite_master WHERE name = 'import_rows'`),
    mappings: await store.all(sql`SELECT * FROM import_mappings`),
    imports: await store.all(sql`SELECT * FROM imports`),
  };
}

export function leadsOf(store: Store) {
  return store.all<{
    id: number;
    campaign_id: string;
    first_name: string;
    last_name: string;
    company: string;
    phone_e164: string;
    email: string | null;
    time_zone: string | null;
    status: string;
    hold_reason: string | null;
    attempt_count: number;
    custom_json: string;
    source: string | null;
    created_at: number;
    queue_tier: number | null;
    queue_due_at: number | null;
  }>(sql`SELECT * FROM leads ORDER BY id`);
}
