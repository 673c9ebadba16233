/** "Discard changes": offered (not disabled, so it stays in the tab order) while there are some. */
export function DiscardButton({ dirty, onDiscard }: { dirty: boolean; onDiscard: () => void }) {
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-disabled={dirty ? undefined : 'true'}
      onClick={onDiscard}
    >
      Discard changes
    </button>
  );
}
