export type Role = 'rep' | 'supervisor';

export interface RepIdentity {
  repId: string;
  displayName: string;
  role: Role;
  /** The rep's IANA zone: "today" for KPIs is the rep's local day. */
  timeZone: string;
}
