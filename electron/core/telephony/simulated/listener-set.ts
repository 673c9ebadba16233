/**
 * Fans events out to subscribers. A subscriber that throws is reported and skipped, so one broken
 * listener never stops the others, nor the call that is emitting.
 */
export class ListenerSet<E> {
  private readonly entries = new Set<{ listener: (event: E) => void }>();

  add(listener: (event: E) => void): () => void {
    const entry = { listener };
    this.entries.add(entry);
    return () => {
      this.entries.delete(entry);
    };
  }

  emit(event: E): void {
    for (const entry of [...this.entries]) {
      if (!this.entries.has(entry)) continue;
      try {
        entry.listener(event);
      } catch (error) {
        console.error('A telephony event listener threw; other listeners still ran.', error);
      }
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
