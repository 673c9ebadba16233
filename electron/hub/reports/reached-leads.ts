/**
 * Distinct leads over several day-groups' reached lists (each already distinct): keys are
 * compared exactly, as the database's "C" collation compared their bytes.
 */
export function countDistinctLeads(lists: readonly (readonly string[])[]): number {
  if (lists.length === 1) return lists[0]!.length;
  const leads = new Set<string>();
  for (const list of lists) for (const lead of list) leads.add(lead);
  return leads.size;
}
