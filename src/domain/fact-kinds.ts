/**
 * The graph model of facts, defined once. A fact is a node (`:Fact:<Label>`)
 * between a subject and an object entity, supported by articles through
 * `(:Article)-[:SUPPORTS {quote, claims}]->(fact)`. Its identity is derived
 * from its endpoints, so two articles stating the same hire support one node.
 *
 *   (:Person)-[:EMPLOYED]->(:Employment)-[:AT]->(:Organization)
 *   (:Person)-[:HIRED]->(:Hire)-[:BY]->(:Organization), (:Hire)-[:FROM]->(:Organization)
 *   (:Person)-[:MEMBER]->(:Membership)-[:OF]->(:Organization)
 *   (:Person)-[:FOUNDED]->(:Founding)-[:OF]->(:Organization)
 *   (:Organization)-[:PARTICIPATES]->(:Participation)-[:IN]->(:Project)
 *   (:Organization)-[:OWNS]->(:Ownership)-[:OF]->(:Entity)
 *   (:Organization)-[:PARTY]->(:DealParty)-[:TO]->(:Deal)
 *   (:Organization)-[:SITE_ROLE]->(:SiteRole)-[:AT]->(:Site)
 *
 * Sites, deals and projects carry their own attributes as claims on
 * `SUPPORTS` edges to the entity itself. Single-valued references chosen from
 * claims are materialized as relationships: (:Site|Deal)-[:IN_PROJECT]->(:Project),
 * (:Project)-[:PART_OF]->(:Project), (:Organization)-[:PARENT]->(:Organization),
 * (:Hire)-[:FROM]->(:Organization).
 */
import type { EntityType } from '../ingest/news-schema';

export const FACT_LABELS = ['Employment', 'Hire', 'Membership', 'Founding', 'Participation', 'Ownership', 'DealParty', 'SiteRole'] as const;
export type FactLabel = (typeof FACT_LABELS)[number];

export interface FactKind {
  label: FactLabel;
  subjectType: EntityType;
  objectType: EntityType | null;
}

export const FACT_KINDS: Record<FactLabel, FactKind> = {
  Employment: { label: 'Employment', subjectType: 'Person', objectType: 'Organization' },
  Hire: { label: 'Hire', subjectType: 'Person', objectType: 'Organization' },
  Membership: { label: 'Membership', subjectType: 'Person', objectType: 'Organization' },
  Founding: { label: 'Founding', subjectType: 'Person', objectType: 'Organization' },
  Participation: { label: 'Participation', subjectType: 'Organization', objectType: 'Project' },
  Ownership: { label: 'Ownership', subjectType: 'Organization', objectType: null },
  DealParty: { label: 'DealParty', subjectType: 'Organization', objectType: 'Deal' },
  SiteRole: { label: 'SiteRole', subjectType: 'Organization', objectType: 'Site' },
};

/** Relationship types that materialize a reference chosen from claims. */
export const REF_RELATIONS = {
  project: 'IN_PROJECT',
  parentProject: 'PART_OF',
  parent: 'PARENT',
  from: 'FROM',
} as const;
export type RefField = keyof typeof REF_RELATIONS;

/** Deterministic id of a fact node: its kind and endpoints (and a discriminator such as an ownership kind). */
export function factId(label: FactLabel, subject: string, object: string, discriminator?: string): string {
  const parts = [label.toLowerCase(), subject, object];
  if (discriminator) parts.push(discriminator.toLowerCase());
  return parts.join('--');
}
