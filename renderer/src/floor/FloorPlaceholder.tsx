/** The supervisor's floor view comes with its own issue; this holds its place. */
export function FloorPlaceholder() {
  return (
    <section className="panel floor-placeholder" aria-labelledby="floor-title">
      <h2 id="floor-title" className="panel-title">
        Floor view
      </h2>
      <p className="muted">
        Every rep’s state, time in state and today’s numbers will show here. It is not built yet.
      </p>
    </section>
  );
}
