import type { KpiSnapshot } from '../../../shared/kpi';
import { kpiTiles } from './kpi-tiles';

interface KpiStripProps {
  kpi: KpiSnapshot | null;
}

/**
 * Today's personal numbers, each coloured by its target status once it has enough samples to
 * judge (VERDICT_AFTER), each read aloud as a sentence.
 */
export function KpiStrip({ kpi }: KpiStripProps) {
  return (
    <section className="kpi-strip" data-testid="kpi-strip" aria-label="Your numbers today">
      {kpi === null ? (
        <p className="muted kpi-loading">Loading today’s numbers…</p>
      ) : (
        <ul className="kpi-tiles">
          {kpiTiles(kpi).map((tile) => (
            <li key={tile.id} className={`kpi-tile kpi-${tile.status}`} aria-label={tile.spoken}>
              <span className="kpi-label">{tile.label}</span>
              <span className="kpi-value" data-testid={tile.testId}>
                {tile.value}
              </span>
              <span className="kpi-detail">{tile.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
