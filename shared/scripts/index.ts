export { parseScript, UNTITLED_SCRIPT, INTRO_SECTION_TITLE } from './parse-script';
export {
  mergeFieldsForLead,
  type MergeFieldValues,
  type MergeFieldLead,
  type MergeFieldRep,
} from './merge-fields';
export { normalizeFieldName, missingFieldMark } from './field-name';
export { missingMergeFields } from './missing-fields';
export { plainTextOf } from './plain-text';
export type * from './script-ast';
