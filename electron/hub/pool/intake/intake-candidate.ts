import { IMPORT_MAX_CUSTOM_FIELDS } from '../../../../shared/domain/import';
import { buildLeadCandidate } from '../../../core/leads/import';
import type { LeadCandidate } from '../../../core/leads/import';
import { planRows } from '../../../core/leads/import';
import type { ColumnMapping, MappedColumn } from '../../../core/leads/import';
import { customFieldKey } from '../../../core/leads/import';
import type { LeadField } from '../../../core/leads/import';
import { uniqueKey } from '../../../core/leads/import';
import type { ImportIssue } from '../../../core/leads/import';

/** The API's names for the importer's lead fields. */
const API_FIELDS: Readonly<Record<string, LeadField>> = {
  phone: 'phone',
  firstName: 'firstName',
  lastName: 'lastName',
  name: 'fullName',
  email: 'email',
  company: 'company',
  createdAt: 'createdAt',
  timeZone: 'timeZone',
  country: 'country',
  state: 'region',
  postalCode: 'postalCode',
  notes: 'notes',
};

/** Fields about the lead's delivery, not the lead: never a custom field. */
export const DELIVERY_FIELDS: ReadonlySet<string> = new Set(['source', 'campaign', 'externalId']);

/** A date and time the way ISO 8601 writes it (a bare date too), with or without an offset. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface FieldProblem {
  field: string;
  problem: string;
}

export type IntakeCandidate =
  | { ok: true; candidate: LeadCandidate; warnings: FieldProblem[] }
  | { ok: false; problems: FieldProblem[] };

/**
 * One posted lead through the CSV importer's own row code: the fields become a one-row file
 * whose columns are already mapped, so E.164, names, e-mail, the created date and the time zone
 * (a lead whose zone is unclear is held) are read exactly as an imported row would be. What makes
 * the importer skip a row refuses the lead; what it only notes comes back as a warning.
 */
export function intakeCandidate(
  fields: Readonly<Record<string, string>>,
  arrivedAt: number,
): IntakeCandidate {
  const createdAt = fields.createdAt?.trim() ?? '';
  if (createdAt !== '' && !ISO_8601.test(createdAt)) {
    return {
      ok: false,
      problems: [
        {
          field: 'createdAt',
          problem: `"${createdAt}" is not an ISO 8601 date-time, e.g. 2026-12-07T09:30:00Z`,
        },
      ],
    };
  }
  const { mapping, cells, customCount } = oneRowFile(fields);
  if (customCount > IMPORT_MAX_CUSTOM_FIELDS) {
    return {
      ok: false,
      problems: [
        {
          field: 'custom',
          problem: `${customCount} custom fields; a lead can keep at most ${IMPORT_MAX_CUSTOM_FIELDS}`,
        },
      ],
    };
  }
  const plan = planRows(mapping, {
    // A number without its country code is read in the lead's own country, if it gives one.
    defaultCountry: null,
    phoneAcceptance: 'valid',
    dateReading: { order: 'MDY', zone: 'UTC' },
    importedAt: arrivedAt,
  });
  const built = buildLeadCandidate(cells, 2, plan);
  const problems = built.issues.map(asProblem);
  if (!built.candidate) {
    return { ok: false, problems: built.issues.filter(isSkip).map(asProblem) };
  }
  return { ok: true, candidate: built.candidate, warnings: problems };
}

function oneRowFile(fields: Readonly<Record<string, string>>): {
  mapping: ColumnMapping;
  cells: string[];
  customCount: number;
} {
  const columns: MappedColumn[] = [];
  const cells: string[] = [];
  const used = new Set<string>();
  let customCount = 0;
  for (const [name, value] of Object.entries(fields)) {
    if (DELIVERY_FIELDS.has(name)) continue;
    const field = API_FIELDS[name];
    // Sent both ways, the first name and last name win over `name`, as in a file with all three.
    const target = field
      ? { kind: 'field' as const, field }
      : { kind: 'custom' as const, key: uniqueKey(customFieldKey(name), used) };
    if (target.kind === 'custom') customCount++;
    columns.push({ index: columns.length, header: name, target, confidence: 1 });
    cells.push(value);
  }
  return { mapping: { signature: 'api', columns }, cells, customCount };
}

function isSkip(issue: ImportIssue): boolean {
  return issue.rowAction === 'skipped';
}

function asProblem(issue: ImportIssue): FieldProblem {
  // A file has a default country to fall back on; a posted lead has only its own `country`.
  const problem = issue.reason.replace(
    'no country code, and no default country set',
    "no country code: write it as +<country code> <number>, or send the lead's `country`",
  );
  return { field: issue.field, problem };
}
