export type { ImportIssue, RowAction } from '../../../../../shared/domain/import';
