/** One number of the team's caller ID pool. */
export interface PoolNumber {
  /** E.164, like +13035550100. */
  number: string;
  /** What the team calls it ("Denver office"); null when none was given. */
  label: string | null;
}

/**
 * Local presence: the caller ID each dial presents is the pool's number closest to the lead
 * (its area code, else its state, else its country, else the default). An empty pool presents
 * nothing, and every line uses its own caller ID as before.
 */
export interface LocalPresenceSettings {
  /** In the order the team entered them: among several that match a lead, order decides. */
  numbers: PoolNumber[];
  /**
   * ISO 3166-1 alpha-2: the only countries a pool number is presented in, and the only countries
   * the pool's numbers may come from.
   */
  countries: string[];
  /** One of the pool's numbers: presented when none is closer to the lead; null: the line's own. */
  defaultNumber: string | null;
}

export const NO_LOCAL_PRESENCE: LocalPresenceSettings = {
  numbers: [],
  countries: ['US'],
  defaultNumber: null,
};
