import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { HUB_PATHS, REP_ID_HEADER, REP_ID_PATTERN } from '../../../shared/floor/protocol';
import type { Logger } from '../../core/platform/log/logger';
import { rawResponse } from '../../core/platform/net/raw-response';
import { requestUrl } from '../../core/platform/net/request-url';
import { guardSocket } from '../../core/platform/net/socket-errors';
import { bearerSecret, deriveRepKey, secretsEqual } from '../auth/rep-key';

export interface UpgradeDeps {
  sockets: WebSocketServer;
  teamToken: string;
  log: Logger;
  onRep: (ws: WebSocket, repId: string) => void;
  onSupervisor: (ws: WebSocket) => void;
}

type Verdict =
  | { ok: true; route: 'rep'; repId: string }
  | { ok: true; route: 'supervisor' }
  | { ok: false; status: 400 | 401 | 403 | 404; reason: string; repId?: string };

/**
 * Every socket authenticates before it is accepted. Reps present HMAC(team token, rep id) with
 * their rep id, so a connection is bound to one rep; supervisors present the team token.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  const judge = (request: IncomingMessage): Verdict => {
    const url = requestUrl(request, 'http://hub');
    if (!url) return { ok: false, status: 400, reason: 'not a URL' };
    const path = url.pathname;
    const secret = bearerSecret(request.headers.authorization);
    if (path === HUB_PATHS.rep) {
      const repId = request.headers[REP_ID_HEADER];
      if (typeof repId !== 'string' || !REP_ID_PATTERN.test(repId)) {
        return { ok: false, status: 401, reason: 'no or invalid rep id' };
      }
      if (secret === null) return { ok: false, status: 401, reason: 'no credentials', repId };
      if (!secretsEqual(secret, deriveRepKey(deps.teamToken, repId))) {
        return { ok: false, status: 403, reason: 'wrong rep key', repId };
      }
      return { ok: true, route: 'rep', repId };
    }
    if (path === HUB_PATHS.floor) {
      if (secret === null) return { ok: false, status: 401, reason: 'no credentials' };
      if (!secretsEqual(secret, deps.teamToken))
        return { ok: false, status: 403, reason: 'wrong token' };
      return { ok: true, route: 'supervisor' };
    }
    return { ok: false, status: 404, reason: `no socket at ${path}` };
  };

  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    guardSocket(socket, deps.log, 'hub connection error');
    const verdict = judge(request);
    if (!verdict.ok) {
      deps.log.warn('hub refused a connection', {
        reason: verdict.reason,
        repId: verdict.repId ?? null,
        remote: request.socket.remoteAddress ?? null,
      });
      socket.end(rawResponse(verdict.status));
      return;
    }
    deps.sockets.handleUpgrade(request, socket, head, (ws) => {
      if (verdict.route === 'rep') deps.onRep(ws, verdict.repId);
      else deps.onSupervisor(ws);
    });
  };
}
