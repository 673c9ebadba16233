/** The parts of an IPC event that say who sent it (Electron's IpcMainInvokeEvent has them). */
export interface IpcSenderLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender: { readonly id: number };
}

export interface SenderPolicy {
  isOwnUrl(url: string): boolean;
  /** Whether these webContents belong to one of our windows. */
  isOwnWebContents(webContentsId: number): boolean;
}

/**
 * A request is trusted only from the top frame of one of our windows showing one of our pages.
 * A frame that is gone (navigated away or destroyed) is not trusted.
 */
export function createSenderCheck(policy: SenderPolicy): (event: IpcSenderLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (frame === null) return false;
    return (
      frame.parent === null &&
      policy.isOwnUrl(frame.url) &&
      policy.isOwnWebContents(event.sender.id)
    );
  };
}
