/**
 * The deals export: the GraphQL operation it runs page by page, and how one deal of its answer becomes a CSV row.
 * JSONL lines are the deal nodes exactly as GraphQL returns them; CSV flattens the same nodes.
 */

/** One page of `deals(filter:)`, with every column the export writes. */
export const EXPORT_DEALS_QUERY = /* GraphQL */ `
  query ExportDeals($first: Int!, $after: String, $filter: DealFilter, $orderBy: DealOrder) {
    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id name kind status announced annualizedUsd
        value { amount currency period qualifier }
        parties(first: 20) { organization { name } roles }
        project { name }
        site { name }
        evidence { quote article { publisher publishedAt url } }
      } }
    }
  }
`;

export interface ExportedDeal {
  id: string;
  name: string;
  kind: string | null;
  status: string | null;
  announced: string | null;
  annualizedUsd: number | null;
  value: { amount: number | null; currency: string; period: string; qualifier: string } | null;
  parties: Array<{ organization: { name: string }; roles: string[] }>;
  project: { name: string } | null;
  site: { name: string } | null;
  evidence: ExportedEvidence[];
}

import { EVIDENCE_COLUMNS, evidenceColumns, type ExportedEvidence } from './evidence-columns';

export const DEAL_COLUMNS = [
  'id',
  'name',
  'kind',
  'status',
  'announced',
  'value_amount',
  'value_currency',
  'value_period',
  'value_qualifier',
  'annualized_usd',
  'parties',
  'project',
  'site',
  ...EVIDENCE_COLUMNS,
] as const;

export type DealRow = Record<(typeof DEAL_COLUMNS)[number], string | number | null>;

/** One CSV row per deal. Parties read `Oracle (PROVIDER); OpenAI (BUYER)`; evidence as in evidence-columns.ts. */
export function toDealRow(deal: ExportedDeal): DealRow {
  return {
    id: deal.id,
    name: deal.name,
    kind: deal.kind,
    status: deal.status,
    announced: deal.announced,
    value_amount: deal.value?.amount ?? null,
    value_currency: deal.value?.currency ?? null,
    value_period: deal.value?.period ?? null,
    value_qualifier: deal.value?.qualifier ?? null,
    annualized_usd: deal.annualizedUsd,
    parties: deal.parties.map((p) => `${p.organization.name} (${p.roles.join(', ')})`).join('; '),
    project: deal.project?.name ?? null,
    site: deal.site?.name ?? null,
    ...evidenceColumns(deal.evidence),
  };
}
