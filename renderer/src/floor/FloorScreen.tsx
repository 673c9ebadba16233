import './floor.css';
import { useNow } from '../app/use-now';
import { AlertList } from './AlertList';
import { EscalationList } from './EscalationList';
import { hubNow } from './floor-clock';
import { FloorTable } from './FloorTable';
import { HubBar } from './HubBar';
import { Leaderboard } from './Leaderboard';
import { PoolPanel } from './PoolPanel';
import { TeamTotals } from './TeamTotals';
import { useFloorStatus } from './use-floor-status';
import { useFloorView } from './use-floor-view';
import { WallScreens } from './WallScreens';

/** The supervisor's floor: every rep live, team totals, leaderboard, alerts and escalations. */
export function FloorScreen() {
  const status = useFloorStatus();
  const { view, clock } = useFloorView();
  const now = hubNow(clock, useNow(1000));
  return (
    <div className="floor">
      <h1 className="visually-hidden">Team floor</h1>
      {status.status === 'ready' && <HubBar status={status.value} />}
      {view.status === 'error' && (
        <p role="alert" className="banner error-banner">
          {view.message}
        </p>
      )}
      {view.status === 'loading' && <p className="muted loading-message">Opening the floor…</p>}
      {view.status === 'ready' && view.value === null && (
        <p className="muted loading-message">
          Waiting for the team hub: the floor shows as soon as it runs.
        </p>
      )}
      {view.status === 'ready' && view.value !== null && (
        <>
          <TeamTotals team={view.value.team} />
          <div className="floor-grid">
            <div className="floor-main">
              <FloorTable reps={view.value.reps} now={now} />
              <Leaderboard entries={view.value.leaderboard} />
            </div>
            <aside className="floor-side">
              {view.value.pool && <PoolPanel pool={view.value.pool} now={now} />}
              <EscalationList
                escalations={view.value.escalations}
                reps={view.value.reps}
                now={now}
              />
              <AlertList
                alerts={view.value.alerts}
                now={now}
                snoozes={view.value.snoozes}
                names={new Map(view.value.reps.map((rep) => [rep.repId, rep.repName]))}
              />
              <WallScreens />
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
