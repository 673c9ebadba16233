import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';

export type AppState = 'loading' | 'error' | 'setup' | 'ready';

interface AppFrameProps {
  state: AppState;
  info: AppInfo | null;
  /** The rep's navigation, in the header. */
  nav?: ReactNode;
  /** Live status in the header (the call pill). */
  status?: ReactNode;
  /** Leave out who is signed in (the first-run setup has not asked yet). */
  anonymous?: boolean;
  children: ReactNode;
}

/** The window: the header and the one element carrying `data-app-state` for tests and tools. */
export function AppFrame({ state, info, nav, status, anonymous, children }: AppFrameProps) {
  const badge =
    info && !anonymous
      ? `${info.repName} · ${info.role} · ${info.telephonyProvider} line · ${info.mode} mode`
      : null;
  return (
    <div className="app" data-app-state={state}>
      <header className="app-header">
        <span className="brand">Dialdeck</span>
        {nav}
        <span className="app-header-status">{status}</span>
        {badge && (
          <span className="rep-badge" data-testid="rep-badge" title={badge}>
            {badge}
          </span>
        )}
      </header>
      {info && info.storeWarnings.length > 0 && (
        <div className="banners" data-testid="store-warnings">
          {info.storeWarnings.map((warning) => (
            <p key={warning} className="banner error-banner" role="alert">
              {warning}
            </p>
          ))}
        </div>
      )}
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
