import { SetupGate } from '../setup/SetupGate';
import { AppFrame, ErrorMessage, LoadingMessage } from './AppFrame';
import { RepWorkspace } from './RepWorkspace';
import { SupervisorWorkspace } from './SupervisorWorkspace';
import { useAppInfo } from './use-app-info';

export function App() {
  const info = useAppInfo();
  if (info.status === 'loading') {
    return (
      <AppFrame state="loading" info={null}>
        <LoadingMessage text="Opening Dialdeck…" />
      </AppFrame>
    );
  }
  if (info.status === 'error') {
    return (
      <AppFrame state="error" info={null}>
        <ErrorMessage text={info.message} />
      </AppFrame>
    );
  }
  return (
    <SetupGate info={info.value}>
      {(settled) =>
        settled.role === 'supervisor' ? (
          <AppFrame state="ready" info={settled}>
            <SupervisorWorkspace info={settled} />
          </AppFrame>
        ) : (
          <RepWorkspace info={settled} />
        )
      }
    </SetupGate>
  );
}
