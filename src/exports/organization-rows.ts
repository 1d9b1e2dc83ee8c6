/** The organizations export: the `organizations(filter:)` operation it runs page by page, and how one organization becomes a CSV row. */
import { EVIDENCE_COLUMNS, evidenceColumns, type ExportedEvidence } from './evidence-columns';

/**
 * An organization's evidence is its `name` claims: one per live article that declares it (WEAK ones too), each with
 * that claim's own quote, where the curator gave one.
 */
export const EXPORT_ORGANIZATIONS_QUERY = /* GraphQL */ `
  query ExportOrganizations($first: Int!, $after: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id name aliases kind country
        parent { id name }
        claims(field: "name") { evidence { quote article { publisher publishedAt url } } }
      } }
    }
  }
`;

export interface ExportedOrganization {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  country: string | null;
  parent: { id: string; name: string } | null;
  claims: Array<{ evidence: ExportedEvidence }>;
}

export const ORGANIZATION_COLUMNS = ['id', 'name', 'aliases', 'kind', 'country', 'parent', 'parent_id', ...EVIDENCE_COLUMNS] as const;

/** One CSV row per organization; aliases joined with `; `. */
export function toOrganizationRow(org: ExportedOrganization): Record<(typeof ORGANIZATION_COLUMNS)[number], string | number | null> {
  return {
    id: org.id,
    name: org.name,
    aliases: org.aliases.join('; '),
    kind: org.kind,
    country: org.country,
    parent: org.parent?.name ?? null,
    parent_id: org.parent?.id ?? null,
    ...evidenceColumns(org.claims.map((c) => c.evidence)),
  };
}
