import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, type BridgeTransport } from '../../shared/ipc/bridge';
import { eventChannel, methodChannel, type DialdeckApi } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

/** Electron IPC under the shared contract; the renderer never sees ipcRenderer itself. */
const ipcTransport: BridgeTransport = {
  call: (method, args) =>
    ipcRenderer.invoke(methodChannel(method), ...args) as Promise<Result<unknown>>,
  subscribe(event, listener) {
    const channel = eventChannel(event);
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => ipcRenderer.removeListener(channel, handler);
  },
};

const api = buildBridge(ipcTransport) satisfies DialdeckApi;
contextBridge.exposeInMainWorld('dialdeck', api);
