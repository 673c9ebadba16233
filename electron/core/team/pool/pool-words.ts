/** What the rep reads when a team lead is not dialed (after "Skipped <name>: "). */
export const POOL_WORDS = {
  wentToAnotherRep: 'this team lead went to another rep.',
  hubUnreachable: 'the team hub is not reachable: team leads wait until it is.',
  claimRanOut: 'your hold on this team lead ran out: the team hub gives it to the next rep.',
  backInPool: 'this team lead is back in the team pool: it returns to a queue when it is due.',
} as const;
