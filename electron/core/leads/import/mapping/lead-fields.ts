// The field list is shared with the renderer's mapping review.
export { LEAD_FIELDS, isLeadField, type LeadField } from '../../../../../shared/domain/import';
