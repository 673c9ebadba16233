import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';

export type AppState = 'loading' | 'error' | 'ready';

interface AppFrameProps {
  state: AppState;
  info: AppInfo | null;
  children: ReactNode;
}

/** The window: the header and the one element carrying `data-app-state` for tests and tools. */
export function AppFrame({ state, info, children }: AppFrameProps) {
  return (
    <div className="app" data-app-state={state}>
      <header className="app-header">
        <span className="brand">Dialdeck</span>
        {info && (
          <span className="rep-badge">
            {info.repName} · {info.role} · {info.telephonyProvider} line · {info.mode} mode
          </span>
        )}
      </header>
      <main className="app-main">{children}</main>
    </div>
  );
}

export function LoadingMessage({ text }: { text: string }) {
  return <p className="muted loading-message">{text}</p>;
}

export function ErrorMessage({ text }: { text: string }) {
  return (
    <p role="alert" className="banner error-banner">
      {text}
    </p>
  );
}
