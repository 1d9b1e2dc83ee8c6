/** The sites export: the `sites(filter:)` operation it runs page by page, and how one site becomes a CSV row. */
import { EVIDENCE_COLUMNS, evidenceColumns, type ExportedEvidence } from './evidence-columns';

export const EXPORT_SITES_QUERY = /* GraphQL */ `
  query ExportSites($first: Int!, $after: String, $filter: SiteFilter) {
    sites(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id name status online chips
        location { city region country }
        capacity { megawatts qualifier basis }
        project { name }
        operators(first: 20) { name }
        developers(first: 20) { name }
        evidence { quote article { publisher publishedAt url } }
      } }
    }
  }
`;

export interface ExportedSite {
  id: string;
  name: string;
  status: string | null;
  online: string | null;
  chips: string | null;
  location: { city: string | null; region: string | null; country: string } | null;
  capacity: { megawatts: number; qualifier: string; basis: string } | null;
  project: { name: string } | null;
  operators: Array<{ name: string }>;
  developers: Array<{ name: string }>;
  evidence: ExportedEvidence[];
}

export const SITE_COLUMNS = ['id', 'name', 'status', 'online', 'city', 'region', 'country', 'capacity_mw', 'capacity_qualifier', 'capacity_basis', 'chips', 'project', 'operators', 'developers', ...EVIDENCE_COLUMNS] as const;

/** One CSV row per site; operators and developers are names joined with `; `. */
export function toSiteRow(site: ExportedSite): Record<(typeof SITE_COLUMNS)[number], string | number | null> {
  return {
    id: site.id,
    name: site.name,
    status: site.status,
    online: site.online,
    city: site.location?.city ?? null,
    region: site.location?.region ?? null,
    country: site.location?.country ?? null,
    capacity_mw: site.capacity?.megawatts ?? null,
    capacity_qualifier: site.capacity?.qualifier ?? null,
    capacity_basis: site.capacity?.basis ?? null,
    chips: site.chips,
    project: site.project?.name ?? null,
    operators: site.operators.map((o) => o.name).join('; '),
    developers: site.developers.map((o) => o.name).join('; '),
    ...evidenceColumns(site.evidence),
  };
}
