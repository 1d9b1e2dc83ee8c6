/**
 * The claims export: which entity `entity=` names (an id, else a name or alias as the typed root lookups match it),
 * the `claims(field:, includeRetracted:)` of that entity, and how one claim becomes a CSV row. Each row is one
 * (article, field, value) with that claim's own evidence, displayed or not, exactly as GraphQL lists them.
 */
import { closestNames } from '../domain/closest-names';
import { normalizeName } from '../domain/names';
import { EVIDENCE_COLUMNS, evidenceColumns, LIST_SEPARATOR, type ExportedEvidence } from './evidence-columns';

/** The entity types, each a root lookup by name (`organization(name:)`, ...) and a type with `claims`. */
const ENTITY_TYPES = ['Organization', 'Person', 'Project', 'Site', 'Deal'] as const;
const lookupField = (type: string) => type.charAt(0).toLowerCase() + type.slice(1);

/** Most names a NOT_FOUND answer suggests, as the GraphQL lookups do. */
const MAX_SUGGESTIONS = 5;

/** The id, when it is an entity's, and every typed name lookup, in one operation. */
export const EXPORT_CLAIMS_ENTITY_QUERY = /* GraphQL */ `
  query ExportClaimsEntity($id: ID!, $name: String!) {
    node(id: $id) { __typename ... on Entity { id name } }
${ENTITY_TYPES.map((type) => `    ${lookupField(type)}(name: $name) { __typename id name aliases }`).join('\n')}
  }
`;

/** The claims of one entity. */
export const EXPORT_CLAIMS_QUERY = /* GraphQL */ `
  query ExportClaims($id: ID!, $field: String, $includeRetracted: Boolean) {
    node(id: $id) {
${ENTITY_TYPES.map((type) => `      ... on ${type} { claims(field: $field, includeRetracted: $includeRetracted) { ...ExportedClaim } }`).join('\n')}
    }
  }
  fragment ExportedClaim on Claim {
    field value displayed
    evidence { quote note attribution speaker recordedAt retractedAt article { id publisher publishedAt url } }
  }
`;

export interface ExportedClaim {
  field: string;
  value: string;
  displayed: boolean;
  evidence: ExportedEvidence & {
    note: string | null;
    attribution: string;
    speaker: string | null;
    recordedAt: string | null;
    retractedAt: string | null;
    article: { id: string };
  };
}

type Found = { __typename: string; id: string; name: string; aliases?: string[] };
type LookupAnswer = {
  data?: Record<string, Found | null> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; suggestions?: unknown } }>;
};

/** Which entity the lookup answer names, or a NOT_FOUND for none or for several equally good. */
export type EntityChoice = { id: string } | { notFound: { message: string; suggestions: string[]; ambiguous: boolean } };

/**
 * The entity `entity` stands for: the entity with that id; else the one entity a typed lookup found, or among several
 * (a project and a site that both start so) the one whose name or an alias is `entity` itself. Nothing found: NOT_FOUND
 * with the closest names across every type, re-ranked from each lookup's own suggestions.
 */
export function chooseEntity(entity: string, answer: LookupAnswer): EntityChoice {
  const byId = answer.data?.node;
  if (byId && (ENTITY_TYPES as readonly string[]).includes(byId.__typename)) return { id: byId.id };
  const found = ENTITY_TYPES.map((type) => answer.data?.[lookupField(type)]).filter((row): row is Found => Boolean(row));
  if (found.length === 1) return { id: found[0].id };
  const norm = normalizeName(entity);
  const asked = JSON.stringify(entity.length > 80 ? `${entity.slice(0, 80)}…` : entity);
  if (found.length > 1) {
    const exact = found.filter((row) => [row.name, ...(row.aliases ?? [])].some((name) => normalizeName(name) === norm));
    if (exact.length === 1) return { id: exact[0].id };
    const names = found.map((row) => `${row.name} (${row.__typename})`);
    return { notFound: { message: `no single entity named ${asked}; candidates: ${names.join(LIST_SEPARATOR)}`, suggestions: found.map((row) => row.name), ambiguous: true } };
  }
  const suggested = new Set((answer.errors ?? []).flatMap((e) => (Array.isArray(e.extensions?.suggestions) ? e.extensions.suggestions.map(String) : [])));
  const suggestions = closestNames(norm, [...suggested].map((name) => ({ key: normalizeName(name), id: name, name })), MAX_SUGGESTIONS);
  const closest = suggestions.length > 0 ? `; closest: ${suggestions.join(', ')}` : '';
  return { notFound: { message: `no entity with the id or name ${asked}${closest}`, suggestions, ambiguous: false } };
}

export const CLAIM_COLUMNS = [
  'entity_id',
  'field',
  'value',
  'displayed',
  'note',
  'attribution',
  'speaker',
  'recorded_at',
  'retracted_at',
  'article_id',
  ...EVIDENCE_COLUMNS,
] as const;

/** One CSV row per claim; its evidence columns hold its one article (`evidence_count` is 1). */
export function toClaimRow(entityId: string, claim: ExportedClaim): Record<(typeof CLAIM_COLUMNS)[number], string | number | null> {
  return {
    entity_id: entityId,
    field: claim.field,
    value: claim.value,
    displayed: String(claim.displayed),
    note: claim.evidence.note,
    attribution: claim.evidence.attribution,
    speaker: claim.evidence.speaker,
    recorded_at: claim.evidence.recordedAt,
    retracted_at: claim.evidence.retractedAt,
    article_id: claim.evidence.article.id,
    ...evidenceColumns([claim.evidence]),
  };
}
