import { METHOD_NAMES, methodChannel } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import type { Dispatcher } from '../core/platform/ipc/dispatcher';
import type { Logger } from '../core/platform/log/logger';
import { originKeyOf } from './own-origins';
import type { IpcSenderLike } from './trusted-sender';

/** The slice of Electron's ipcMain we use, so registration is tested without Electron. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcSenderLike, ...args: unknown[]) => Promise<Result<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

/**
 * One handler per contract method. The sender is checked before anything else; arguments go on
 * as unknown because the dispatcher validates them. Returns a function that unregisters all.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatcher: Dispatcher,
  isTrustedSender: (event: IpcSenderLike) => boolean,
  log: Logger,
): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(methodChannel(method), async (event, ...args) => {
      if (!isTrustedSender(event)) {
        log.warn('refused a request from an untrusted sender', {
          method,
          origin: event.senderFrame ? originKeyOf(event.senderFrame.url) : null,
        });
        return fail('forbidden', `This page may not call ${method}.`);
      }
      return dispatcher.dispatch(method, args);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(methodChannel(method));
  };
}
