import type { Logger } from '../core/platform/log/logger';

export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  exit(exitCode?: number): void;
}

/**
 * Holds the first quit until the core has closed (the store drains its writes and leaves a
 * snapshot), then exits. Later quit attempts while closing are held too; exit skips them.
 */
export function installGracefulQuit(
  app: QuittingApp,
  closeCore: () => Promise<void>,
  log: Logger,
): void {
  let closing = false;
  app.on('will-quit', (event) => {
    event.preventDefault();
    if (closing) return;
    closing = true;
    closeCore().then(
      () => app.exit(0),
      (error: unknown) => {
        log.error('closing the core failed', { error: String(error) });
        app.exit(1);
      },
    );
  });
}
