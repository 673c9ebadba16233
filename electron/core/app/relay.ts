/**
 * Hands each value to the listeners that joined, in the order they joined. It exists before what
 * sends into it and what listens to it, so neither has to be built before the other.
 */
export class Relay<T> {
  private readonly listeners: Array<(value: T) => void> = [];

  readonly send = (value: T): void => {
    for (const listener of this.listeners) listener(value);
  };

  listen(listener: (value: T) => void): void {
    this.listeners.push(listener);
  }
}
