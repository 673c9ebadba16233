import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useScreenActive } from '../shell/screen-active';

interface ScreenPageProps {
  title: string;
  /** One line under the title: what the screen is for. */
  summary?: ReactNode;
  /** Buttons at the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A screen other than the dialer: its title takes focus each time it comes into view, so the
 * keyboard and a screen reader start from the top of the screen rather than from the navigation.
 */
export function ScreenPage({ title, summary, actions, children }: ScreenPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const active = useScreenActive();
  const titleId = useId();
  useEffect(() => {
    if (active) heading.current?.focus();
  }, [active]);
  return (
    <section className="screen-page" aria-labelledby={titleId}>
      <header className="screen-header">
        <div>
          <h1 id={titleId} className="screen-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {summary && <p className="screen-summary muted">{summary}</p>}
        </div>
        {actions && <div className="screen-actions">{actions}</div>}
      </header>
      <div className="screen-body">{children}</div>
    </section>
  );
}
