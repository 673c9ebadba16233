import { QueueOverview } from '../queue/QueueOverview';
import { useAppData } from './use-app-data';

export function App() {
  const data = useAppData();
  return (
    <div className="app" data-app-state={data.state}>
      <header className="app-header">
        <span className="brand">Dialdeck</span>
        {data.state === 'ready' && (
          <span className="rep-badge">
            {data.info.repName} · {data.info.role} · {data.info.mode} mode
          </span>
        )}
      </header>
      <main className="app-main">
        {data.state === 'loading' && <p className="muted">Opening your queue…</p>}
        {data.state === 'error' && (
          <p role="alert" className="error-banner">
            {data.message}
          </p>
        )}
        {data.state === 'ready' && <QueueOverview queue={data.queue} info={data.info} />}
      </main>
    </div>
  );
}
