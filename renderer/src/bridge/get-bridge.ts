import { buildBridge } from '../../../shared/ipc/bridge';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import { createWebSocketTransport } from './websocket-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    dialdeck?: DialdeckApi;
  }
}

let bridge: DialdeckApi | null = null;

/** The preload's bridge in Electron, else the browser-mode bridge with the page's per-run token. */
export function getBridge(): DialdeckApi {
  if (bridge) return bridge;
  if (window.dialdeck) {
    bridge = window.dialdeck;
    return bridge;
  }
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const url = `ws://${window.location.host}/bridge?token=${encodeURIComponent(token)}`;
  bridge = buildBridge(createWebSocketTransport(url));
  return bridge;
}
