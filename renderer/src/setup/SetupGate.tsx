import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import { AppFrame, ErrorMessage, LoadingMessage } from '../app/AppFrame';
import { useSettings } from '../settings/use-settings';
import { FirstRunSetup } from './FirstRunSetup';

interface SetupGateProps {
  info: AppInfo;
  /** The app once the setup is done, with who the rep now is. */
  children: (info: AppInfo) => ReactNode;
}

/** Asks the first-run setup on a new data folder; the app itself once it is done. */
export function SetupGate({ info, children }: SetupGateProps) {
  const settings = useSettings();
  if (info.setupComplete) return children(info);
  if (settings.status === 'ready' && settings.value.setupComplete) {
    const { repName, repTimeZone, repCountry } = settings.value;
    return children({ ...info, repName, repTimeZone, repCountry, setupComplete: true });
  }
  return (
    <AppFrame state={settings.status === 'ready' ? 'setup' : settings.status} info={info} anonymous>
      {settings.status === 'loading' && <LoadingMessage text="Opening Dialdeck…" />}
      {settings.status === 'error' && <ErrorMessage text={settings.message} />}
      {settings.status === 'ready' && <FirstRunSetup settings={settings.value} />}
    </AppFrame>
  );
}
