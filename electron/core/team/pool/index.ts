/** The rep's side of the team pool: offers stored, claims checked at dial time, revoked leads dropped. See docs/TEAM_POOL.md. */
export { RepPool, type RepPoolDeps, CLAIM_SKEW_MARGIN_MS, DIAL_ANSWER_MS } from './rep-pool';
export { POOL_WORDS } from './pool-words';
