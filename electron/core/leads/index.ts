export {
  resolveLeadTimeZone,
  type TimeZoneResolution,
  type TimeZoneSource,
  type ZoneClues,
} from './time-zone/resolve-lead-time-zone';
export { parseExplicitZone } from './time-zone/explicit-zone';
export { LeadRepository } from './lead-repository';
export { LEAD_COLUMNS, rowToLead } from './lead-rows';
export type { LeadRow, NewLead } from './lead-rows';
