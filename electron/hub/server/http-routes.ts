import type { IncomingMessage, ServerResponse } from 'node:http';
import { HUB_PATHS } from '../../../shared/floor/protocol';
import type { Logger } from '../../core/platform/log/logger';
import { requestUrl } from '../../core/platform/net/request-url';
import type { HubDatabase } from '../db';
import { renderWallFloor } from '../wall/render-wall';
import { WALL_SECURITY_HEADERS } from '../wall/wall-csp';
import { WALL_SCRIPT, WALL_STYLE, wallPageHtml } from '../wall/wall-page';
import { weeklyPanelHtml, type WeeklyReportSource } from '../wall/weekly-panel';
import type { FloorService } from './floor-service';
import type { WallAccess, WallVerdict } from './wall-access';
import type { WallFeed } from './wall-feed';

export interface HttpRouteDeps {
  walls: Pick<WallAccess, 'check'>;
  database: Pick<HubDatabase, 'query' | 'kind'>;
  floor: FloorService;
  wall: WallFeed;
  log: Logger;
  title: string;
  /** The team's reports, for the wall's weekly panel (`&weekly=1`); absent: no panel. */
  reports?: WeeklyReportSource;
  now?: () => number;
  /** The team pool's lead API (/api/…): true when it took the request. */
  api?: (request: IncomingMessage, response: ServerResponse, url: URL) => boolean;
}

/** A health check that waits longer than this says the database does not answer. */
const HEALTH_DEADLINE_MS = 2_000;

/** The hub's HTTP side: the read-only wall screen (token in the URL) and a health check. */
export function createHttpHandler(deps: HttpRouteDeps) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = requestUrl(request, 'http://hub');
    const reply = (status: number, type: string, body: string) => {
      response.writeHead(status, { ...WALL_SECURITY_HEADERS, 'content-type': type }).end(body);
    };
    if (!url) return reply(400, 'text/plain; charset=utf-8', 'Bad request');
    if (deps.api?.(request, response, url)) return;
    if (request.method !== 'GET')
      return reply(405, 'text/plain; charset=utf-8', 'Method not allowed');

    switch (url.pathname) {
      case HUB_PATHS.health:
        void databaseHealth(deps.database).then((database) =>
          reply(
            database.ok ? 200 : 503,
            'application/json',
            JSON.stringify({ ok: database.ok, database }),
          ),
        );
        return;
      case '/favicon.ico':
        response.writeHead(204, WALL_SECURITY_HEADERS).end();
        return;
      case HUB_PATHS.wallScript:
        return reply(200, 'text/javascript; charset=utf-8', WALL_SCRIPT);
      case HUB_PATHS.wallStyle:
        return reply(200, 'text/css; charset=utf-8', WALL_STYLE);
      case HUB_PATHS.wall:
      case HUB_PATHS.wallWeekly:
      case HUB_PATHS.wallEvents: {
        const verdict = deps.walls.check(url.searchParams.get('token') ?? '');
        if (verdict.kind !== 'open') {
          deps.log.warn('hub refused a wall screen', {
            path: url.pathname,
            reason: verdict.kind,
            remote: request.socket.remoteAddress ?? null,
          });
          return reply(401, 'text/plain; charset=utf-8', wallRefusal(verdict));
        }
        if (url.pathname === HUB_PATHS.wall) {
          const floor = renderWallFloor(deps.floor.view());
          if (!wantsWeekly(url, deps.reports)) {
            return reply(200, 'text/html; charset=utf-8', wallPageHtml(floor, deps.title));
          }
          void weeklyPanelHtml(deps.reports, (deps.now ?? Date.now)()).then((weekly) =>
            reply(200, 'text/html; charset=utf-8', wallPageHtml(floor, deps.title, weekly)),
          );
          return;
        }
        if (url.pathname === HUB_PATHS.wallWeekly) {
          if (!deps.reports) return reply(404, 'text/plain; charset=utf-8', 'Not found');
          void weeklyPanelHtml(deps.reports, (deps.now ?? Date.now)()).then((weekly) =>
            reply(200, 'text/html; charset=utf-8', weekly),
          );
          return;
        }
        response.writeHead(200, {
          ...WALL_SECURITY_HEADERS,
          'content-type': 'text/event-stream; charset=utf-8',
          connection: 'keep-alive',
        });
        deps.wall.attach(response);
        return;
      }
      default:
        return reply(404, 'text/plain; charset=utf-8', 'Not found');
    }
  };
}

/** Whether the database answers a trivial query in time, and if not, why, in words. */
async function databaseHealth(
  db: Pick<HubDatabase, 'query' | 'kind'>,
): Promise<{ ok: boolean; kind: string; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${HEALTH_DEADLINE_MS} ms`)),
      HEALTH_DEADLINE_MS,
    );
  });
  try {
    await Promise.race([db.query('SELECT 1'), deadline]);
    return { ok: true, kind: db.kind };
  } catch (error) {
    return { ok: false, kind: db.kind, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** The weekly panel is off unless the wall's address turns it on (`&weekly=1`). */
function wantsWeekly(
  url: URL,
  reports: WeeklyReportSource | undefined,
): reports is WeeklyReportSource {
  return reports !== undefined && url.searchParams.get('weekly') === '1';
}

/** Why a wall screen address does not open, and how to get one that does. */
function wallRefusal(verdict: Exclude<WallVerdict, { kind: 'open' }>): string {
  const getNew =
    "Ask a supervisor for the wall screen's address: in Dialdeck, Floor › Wall screens › New address.";
  switch (verdict.kind) {
    case 'team-token':
      return (
        'This wall screen address carries the team token, which no longer opens the wall: it is ' +
        `the team's master secret and must not sit on a screen. ${getNew}`
      );
    case 'revoked':
      return `This wall screen address was revoked on ${new Date(verdict.revokedAt).toISOString()}. ${getNew}`;
    case 'unknown':
      return `This wall screen address is not (or no longer) known to the hub. ${getNew}`;
  }
}
