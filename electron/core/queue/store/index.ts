export { readLeadForDial, readLeadForOutcome, readUndo } from './lead-queue-reads';
export type { DialCheckRow, OutcomeLeadRow, UndoRow } from './lead-queue-reads';
export { queueStateOf, updateQueueStateStatement, withQueueColumns } from './lead-queue-state';
export type { LeadQueueState } from './lead-queue-state';
export { LeadSkipRepository } from './lead-skip-repository';
export { findNextLead, findNextLeads } from './next-lead';
export type { PortChange, PortChangeListener, QueueMembership } from './port-changes';
export { QueueCampaigns } from './queue-campaigns';
export type { QueueCampaign } from './queue-campaigns';
