import { describe, expect, it } from 'vitest';
import { FloorModel } from '../../../shared/floor/floor-model';
import { renderWallFloor } from '../../../electron/hub/wall/render-wall';
import { WALL_CSP } from '../../../electron/hub/wall/wall-csp';
import { attemptBody, envelope, stateBody } from './support/floor-events';

const NOW = Date.UTC(2026, 10, 27, 14, 0, 0);

describe('wall screen rendering', () => {
  it('renders one coloured row per rep with time in state, lead age and numbers', () => {
    const model = new FloorModel();
    model.upsertRep({ repId: 'ana', repName: 'Ana', timeZone: 'UTC' });
    model.rep('ana')!.connected = true;
    model.apply(
      envelope(
        'ana',
        1,
        attemptBody('a1', NOW - 600_000, {
          code: 'converted',
          contact: true,
          conversion: true,
          talkSeconds: 125,
        }),
        NOW,
      ),
      NOW,
    );
    model.apply(
      envelope(
        'ana',
        2,
        stateBody('connected', NOW - 72_000, { lead: { id: 9, createdAt: NOW - 1_500_000 } }),
        NOW,
      ),
      NOW,
    );

    const html = renderWallFloor(model.view(NOW));
    const rowHtml = /<tr data-testid="floor-row-ana"[^]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(rowHtml).toContain('class="cat-incall band-2"');
    expect(rowHtml).toContain('data-state="connected"');
    const cells = [...rowHtml.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual([
      'Ana',
      'connected',
      '1:12',
      '',
      '25 min',
      '1',
      '1',
      '1',
      '100 %',
      '2:05',
      '10 min',
    ]);
    expect(html).toContain('data-testid="floor-table"');
    expect(html).toMatch(
      /data-testid="floor-team-dials"><span class="label">Dials<\/span><span class="value">1</,
    );
  });

  it('escapes everything a rep supplies', () => {
    const model = new FloorModel();
    model.upsertRep({ repId: 'eve', repName: '<img src=x onerror=alert(1)>', timeZone: 'UTC' });
    const html = renderWallFloor(model.view(NOW));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('allows no inline script, no remote origin and no framing', () => {
    expect(WALL_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
