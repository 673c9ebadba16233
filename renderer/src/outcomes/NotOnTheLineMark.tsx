/**
 * Beside an outcome kept on a call no person answered: it stays on the attempt, but counts in no
 * KPI and on no floor, and the rep should see why their numbers did not move.
 */
export function NotOnTheLineMark() {
  return (
    <span className="not-on-the-line" data-testid="not-on-the-line">
      not on the line · not counted
    </span>
  );
}
