import type { LeadId, LeadStatus } from './lead';

export const LEAD_STATUSES = ['new', 'retry', 'callback', 'done', 'dnc', 'held'] as const;

/** The columns a search may sort by. `added` is the order leads came into this store. */
export const LEAD_SORT_COLUMNS = [
  'added',
  'name',
  'company',
  'phone',
  'email',
  'status',
  'campaign',
  'owner',
  'created',
  'lastAttempt',
  'attempts',
] as const;
export type LeadSortColumn = (typeof LEAD_SORT_COLUMNS)[number];

/** The longest search text: a name, a number or an email is far shorter. */
export const LEAD_SEARCH_MAX_CHARS = 200;

export interface LeadSearchQuery {
  /** Any part of the name, company, email, phone (any format), external id or source. */
  text: string;
  statuses: LeadStatus[];
  campaignId: string | null;
  source: string | null;
  owner: string | null;
  /** created_at range, epoch ms: from inclusive, to exclusive. */
  createdFrom: number | null;
  createdTo: number | null;
  sort: LeadSortColumn;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface LeadSearchRow {
  id: LeadId;
  campaignId: string;
  firstName: string;
  lastName: string;
  company: string;
  phoneE164: string;
  email: string | null;
  status: LeadStatus;
  owner: string | null;
  createdAt: number;
  lastAttemptAt: number | null;
  attemptCount: number;
}

export interface LeadSearchPage {
  /** Every lead that matches, not only this page's. */
  total: number;
  offset: number;
  rows: LeadSearchRow[];
  /** Leads added moments ago that the search does not see yet (the index is catching up). */
  notYetSearchable: number;
}

export const EMPTY_LEAD_SEARCH: LeadSearchQuery = {
  text: '',
  statuses: [],
  campaignId: null,
  source: null,
  owner: null,
  createdFrom: null,
  createdTo: null,
  sort: 'added',
  descending: true,
  offset: 0,
  limit: 100,
};
