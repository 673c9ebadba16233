import type { FloorPool } from '../../../shared/floor/pool-view';
import { poolFigures, poolSources } from './pool-format';

/** The team pool: new leads no rep has taken yet (by source), and what reps hold. */
export function PoolPanel({ pool, now }: { pool: FloorPool; now: number }) {
  const sources = poolSources(pool, now);
  return (
    <section className="panel floor-side-panel" aria-labelledby="floor-pool-title">
      <h2 id="floor-pool-title" className="panel-title">
        Team pool
      </h2>
      <dl className="floor-pool" data-testid="floor-pool">
        {poolFigures(pool, now).map((figure) => (
          <div key={figure.testId} className="floor-pool-figure">
            <dt className="muted">{figure.label}</dt>
            <dd data-testid={figure.testId}>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {sources.length > 0 && (
        <ul className="floor-pool-sources" aria-label="Waiting by source">
          {sources.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
