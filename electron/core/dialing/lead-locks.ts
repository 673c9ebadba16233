import type { LeadId } from '../../../shared/domain/lead';

/**
 * The leads this core's rep holds: offered, being called or in wrap-up. Kept in memory because
 * one data folder serves one rep; a restart starts with no locks, as it starts with no call.
 */
export class LeadLocks {
  private readonly held = new Set<LeadId>();

  lock(leadId: LeadId): void {
    this.held.add(leadId);
  }

  unlock(leadId: LeadId): void {
    this.held.delete(leadId);
  }

  isLocked(leadId: LeadId): boolean {
    return this.held.has(leadId);
  }

  get size(): number {
    return this.held.size;
  }

  clear(): void {
    this.held.clear();
  }
}
