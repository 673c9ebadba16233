export {
  resolveLeadTimeZone,
  type TimeZoneResolution,
  type TimeZoneSource,
  type ZoneClues,
} from './time-zone/resolve-lead-time-zone';
export { parseExplicitZone } from './time-zone/explicit-zone';
