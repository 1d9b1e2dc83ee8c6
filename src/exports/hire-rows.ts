/**
 * The hires export: `talentFlow(to:, from:, since:)` in one operation, its groups flattened into their hires (largest
 * group first, newest hire first within a group, as GraphQL orders them), and how one hire becomes a CSV row.
 */
import { EVIDENCE_COLUMNS, evidenceColumns, type ExportedEvidence } from './evidence-columns';

/** The most groups, and hires per group, one operation reads: `talentFlow`'s and `TalentFlow.hires`' own maximum. */
export const HIRES_PER_CALL = 100;

/** First the size of each group, so the hires are then asked for with page sizes no larger than they need (the cost rule prices what is asked). */
export const EXPORT_HIRE_COUNTS_QUERY = /* GraphQL */ `
  query ExportHireCounts($to: String!, $from: String, $since: String, $groups: Int!) {
    talentFlow(to: $to, from: $from, since: $since, first: $groups) { count }
  }
`;

/** Every hire of `talentFlow` for the filters: `$groups` groups of at most `$perGroup` hires. */
export const EXPORT_HIRES_QUERY = /* GraphQL */ `
  query ExportHires($to: String!, $from: String, $since: String, $groups: Int!, $perGroup: Int!) {
    talentFlow(to: $to, from: $from, since: $since, first: $groups) {
      count
      hires(first: $perGroup) {
        id title previousTitle date dateInferred validFrom validTo
        person { id name }
        organization { id name }
        from { id name }
        evidence { quote article { publisher publishedAt url } }
      }
    }
  }
`;

/**
 * The page sizes that read every hire of groups of these sizes in one operation, or null when one operation cannot:
 * as many groups as it reads (there may be more), or a group larger than it reads.
 */
export function hirePageSizes(counts: readonly number[]): { groups: number; perGroup: number } | null {
  if (counts.length >= HIRES_PER_CALL || counts.some((count) => count > HIRES_PER_CALL)) return null;
  return { groups: counts.length, perGroup: Math.max(1, ...counts) };
}

export interface ExportedHire {
  id: string;
  title: string | null;
  previousTitle: string | null;
  date: string | null;
  dateInferred: boolean;
  validFrom: string | null;
  validTo: string | null;
  person: { id: string; name: string };
  organization: { id: string; name: string };
  from: { id: string; name: string } | null;
  evidence: ExportedEvidence[];
}

export const HIRE_COLUMNS = [
  'id',
  'person',
  'person_id',
  'organization',
  'organization_id',
  'from',
  'from_id',
  'title',
  'previous_title',
  'date',
  'date_inferred',
  'valid_from',
  'valid_to',
  ...EVIDENCE_COLUMNS,
] as const;

/** One CSV row per hire; `from` is empty where the previous employer is unknown. */
export function toHireRow(hire: ExportedHire): Record<(typeof HIRE_COLUMNS)[number], string | number | null> {
  return {
    id: hire.id,
    person: hire.person.name,
    person_id: hire.person.id,
    organization: hire.organization.name,
    organization_id: hire.organization.id,
    from: hire.from?.name ?? null,
    from_id: hire.from?.id ?? null,
    title: hire.title,
    previous_title: hire.previousTitle,
    date: hire.date,
    date_inferred: String(hire.dateInferred),
    valid_from: hire.validFrom,
    valid_to: hire.validTo,
    ...evidenceColumns(hire.evidence),
  };
}
