/** A wall screen's read-only access, as a supervisor sees it in the list. */
export interface WallToken {
  id: string;
  label: string;
  /** The wall screen's address, token included: show it only to people who may see the floor. */
  url: string;
  createdAt: number;
  createdBy: string;
  revokedAt: number | null;
  revokedBy: string | null;
}
