import type { LeadId } from '../../../shared/domain/lead';
import type { Dialability } from './session/session-ports';

/**
 * A check from outside the rep's store, asked last at dial time, once every local check passed:
 * the team pool's (may this rep dial this team lead now?). It may take a moment (it asks the hub).
 */
export interface DialGate {
  checkDial(leadId: LeadId): Promise<Dialability>;
}
