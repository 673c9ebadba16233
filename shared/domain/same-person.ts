/** Who a lead is, as far as telling two people on one number apart goes. */
export interface PersonFacts {
  firstName: string;
  lastName: string;
  email: string | null;
}

const norm = (value: string | null): string => (value ?? '').trim().toLowerCase();

/**
 * Two leads with one number are the same person when they share a name or an e-mail, or when one
 * of them has no name at all (nothing says it is someone else). A household or a switchboard
 * carries different people on one number, and those stay apart.
 */
export function isSamePerson(a: PersonFacts, b: PersonFacts): boolean {
  const nameA = `${norm(a.firstName)} ${norm(a.lastName)}`.trim();
  const nameB = `${norm(b.firstName)} ${norm(b.lastName)}`.trim();
  if (nameA === '' || nameB === '') return true;
  if (nameA === nameB) return true;
  const emailA = norm(a.email);
  return emailA !== '' && emailA === norm(b.email);
}
