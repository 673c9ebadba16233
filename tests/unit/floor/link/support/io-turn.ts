/** Lets sockets and the store worker run: one turn of the event loop, no timer. */
export const ioTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
