import { HubDatabaseError } from './db-errors';

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** LISTEN takes an identifier, not a parameter: only plain lower-case names are allowed. */
export function checkChannel(channel: string): string {
  if (!CHANNEL.test(channel)) {
    throw new HubDatabaseError(
      `"${channel}" is not a channel name the hub uses (lower-case letters, digits, _; at most 63)`,
      'misuse',
    );
  }
  return channel;
}
