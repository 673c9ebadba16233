import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_CHUNK_BYTES } from '../../../shared/domain/import';
import type { EventName, Events } from '../../../shared/ipc/contract';
import { ManualClock } from '../../support/manual-clock';
import { startTestCore } from '../../support/node-core';
import { makeTempDir } from '../../support/temp-dir';
import { CoreDriver } from './core-driver';

/** Tuesday 10 March 2026, 15:00 UTC: 11:00 in New York, 10:00 in Chicago, 08:00 in Los Angeles. */
const START = Date.UTC(2026, 2, 10, 15, 0, 0);

const FILE = [
  'Full Name,Company,Phone,State,Create Date',
  'Ana Lopez,Acme,(312) 555-0142,IL,2026-03-10 09:40',
  'Bo Park,,+1 800 555 0100,,2026-03-10 09:50',
  'Cy Diaz,Diaz Co,not a phone,TX,',
].join('\n');

describe('the lead list through the dispatcher, on a real core', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let drive: CoreDriver;

  beforeEach(async () => {
    temp = makeTempDir();
    const clock = new ManualClock(START);
    const core = await startTestCore(temp.dir, {
      clock,
      seedDemo: false,
      settingsOverrides: { repTimeZone: 'America/Chicago' },
    });
    drive = new CoreDriver(core, clock);
  });
  afterEach(async () => {
    await drive.core.close();
    temp.remove();
  });

  function next<E extends EventName>(event: E): Promise<Events[E]> {
    return new Promise((resolve) => {
      const stop = drive.core.events.subscribe((name: EventName, payload: unknown) => {
        if (name !== event) return;
        stop();
        resolve(payload as Events[E]);
      });
    });
  }

  it('answers app.info with the core clock and the rep country, which settings can change', async () => {
    expect(await drive.call('app.info')).toMatchObject({ now: START, repCountry: 'US' });
    expect(await drive.refused('settings.update', { repCountry: 'XX' })).toEqual({
      code: 'invalid-argument',
      message:
        'Invalid arguments for settings.update (argument 0.repCountry): a country with a telephone numbering plan.',
    });
    expect(await drive.call('settings.update', { repCountry: 'GB' })).toMatchObject({
      repCountry: 'GB',
      callbackReminderMinutes: 5,
    });
  });

  it('imports a file uploaded in chunks, then queues, holds and reports its leads', async () => {
    const campaign = await drive.call('campaigns.create', 'Spring inbound');
    expect(campaign.id).toBe('spring-inbound');
    expect(
      drive
        .payloads('campaigns.changed')
        .at(-1)
        ?.map((c) => c.id),
    ).toEqual(['spring-inbound']);

    const bytes = Buffer.from(FILE, 'utf8');
    const begun = await drive.call('imports.begin', 'spring.csv', bytes.byteLength, {
      campaignId: campaign.id,
      defaultCountry: null,
    });
    expect(begun).toMatchObject({ maxChunkBytes: IMPORT_MAX_CHUNK_BYTES });
    expect(
      await drive.refused('imports.begin', 'huge.csv', 211 * 1024 * 1024, {
        campaignId: campaign.id,
        defaultCountry: null,
      }),
    ).toEqual({
      code: 'invalid-argument',
      message:
        'huge.csv is 211 MB; files up to 200 MB can be imported. Split it into smaller files and import each one.',
    });
    // Where the leads go is checked like every argument; a rep's app, on no hub, has no team pool.
    expect(
      await drive.refused('imports.begin', 'spring.csv', bytes.byteLength, {
        campaignId: 'web-leads',
        defaultCountry: null,
        into: 'hub' as 'team',
      }),
    ).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('Invalid arguments for imports.begin (argument 2.into)'),
    });
    expect(
      await drive.refused('imports.begin', 'spring.csv', bytes.byteLength, {
        campaignId: 'web-leads',
        defaultCountry: null,
        into: 'team',
      }),
    ).toEqual({
      code: 'conflict',
      message:
        'Only a supervisor on the team hub can import into a team campaign: set the role and the hub in Settings, or import into your own leads.',
    });
    expect(await drive.refused('imports.chunk', begun.importId, 'A'.repeat(800_000))).toMatchObject(
      { code: 'invalid-argument', message: expect.stringContaining('chunks up to 512 KB') },
    );
    for (let at = 0; at < bytes.byteLength; at += 64) {
      await drive.call(
        'imports.chunk',
        begun.importId,
        bytes.subarray(at, at + 64).toString('base64'),
      );
    }
    const preview = await drive.call('imports.preview', begun.importId);
    expect(preview).toMatchObject({ fileName: 'spring.csv', remembered: null });
    expect(preview.sampleRows).toHaveLength(3);

    const queueChanged = next('queue.changed');
    const report = await drive.call('imports.commit', begun.importId, null);
    expect(report).toMatchObject({ added: 2, held: 1, onDncList: 0, issueCount: 2 });
    expect(drive.payloads('imports.progress').at(-1)).toMatchObject({
      importId: begun.importId,
      rowsRead: 3,
      leads: 2,
    });
    const summary = await queueChanged;
    expect(summary).toMatchObject({
      count: 1,
      held: 1,
      next: { reason: 'new lead — 20 min old', lead: { firstName: 'Ana' } },
      upcoming: [],
    });
    const csv = Papa.parse<string[]>(await drive.call('imports.reportCsv', begun.importId)).data;
    expect(csv.map((row) => [row[0], row[4]])).toEqual([
      ['Row', 'What happened'],
      ['3', 'imported'],
      ['4', 'row not imported'],
    ]);

    const held = await drive.call('leads.held', { offset: 0, limit: 10 });
    expect(held.leads.map((l) => [l.firstName, l.holdReason])).toEqual([
      ['Bo', expect.stringMatching(/^time zone ambiguous: US has several time zones/)],
    ]);
    await drive.call('leads.resolveHold', held.leads[0]!.id, 'America/New_York');
    expect((await drive.call('queue.summary')).count).toBe(2);

    expect(await drive.call('dnc.add', '312-555-0142', 'asked on the phone')).toMatchObject({
      phoneE164: '+13125550142',
      source: 'manual',
    });
    expect(drive.payloads('dnc.changed')).toEqual([{ total: 1 }]);
    const after = await drive.call('queue.summary');
    // Bo has a zone now, but neither an address nor an area code (toll-free) names a state, and
    // the US has calling rules by state: the rules hold Bo (docs/CALLING_RULES.md).
    expect(after).toMatchObject({ count: 1, next: null, upcoming: [] });
  });

  it('refuses invalid rules and unknown imports with messages a person can act on', async () => {
    await drive.call('campaigns.create', 'Outbound');
    expect(
      await drive.refused('campaigns.update', 'outbound', {
        rules: { callingWindow: { start: '07:00' }, speedToLead: { slaMinutes: 0 } },
      }),
    ).toEqual({
      code: 'invalid-argument',
      message:
        'Campaign rules are invalid: callingWindow.start: 07:00 is earlier than 08:00: campaigns may only narrow the 08:00–21:00 window; ' +
        'speedToLead.slaMinutes: must be at least 1; speedToLead.atRiskMinutes: must not exceed slaMinutes (0)',
    });
    expect(await drive.refused('imports.preview', '0000000000000000')).toMatchObject({
      code: 'not-found',
    });
    expect(await drive.call('callbacks.list')).toEqual({ overdue: [], upcoming: [] });
  });
});
