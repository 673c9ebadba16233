export { leadListHandlers } from './lead-list-handlers';
export { createLeadListServices } from './lead-list-services';
export type { LeadListServices } from './lead-list-services';
