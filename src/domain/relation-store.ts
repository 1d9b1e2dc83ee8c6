/**
 * One-hop (one logical link) reads for DataLoader batches. Each statement
 * takes a batch of ids and returns, per id, at most `$first` rows in a stable
 * order, so one batch is one round trip whatever the number of parents.
 */
import { readQuery, type Db } from '../neo4j/driver';
import { int, toNative } from '../neo4j/convert';
import type { NodeRow, SupportRow } from './rows';

/**
 * The statements, by loader name: each takes a batch of `$ids` and returns per
 * id at most `$first` rows in a stable order. `$arg` is the optional filter of
 * the field (a party role, `current`); null means no filter.
 */
export const RELATIONS = {
  hiresByOrganization: `/* relationStore.hiresByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})<-[:BY]-(n:Hire) RETURN n ORDER BY coalesce(n.date, '') DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  departuresByOrganization: `/* relationStore.departuresByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})<-[:FROM]-(n:Hire) RETURN n ORDER BY coalesce(n.date, '') DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  employmentsByOrganization: `/* relationStore.employmentsByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})<-[:AT]-(n:Employment) WHERE $arg IS NULL OR coalesce(n.current, false) = $arg RETURN n ORDER BY coalesce(n.start, '') DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  participationsByOrganization: `/* relationStore.participationsByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})-[:PARTICIPATES]->(n:Participation) RETURN n ORDER BY n.objectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  dealsByOrganization: `/* relationStore.dealsByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})-[:PARTY]->(p:DealParty)-[:TO]->(n:Deal) WHERE $arg IS NULL OR p.role = $arg RETURN n ORDER BY n.annualizedUsd IS NULL, n.annualizedUsd DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  siteRolesByOrganization: `/* relationStore.siteRolesByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})-[:SITE_ROLE]->(n:SiteRole) RETURN n ORDER BY n.objectId, n.role LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  stakesByOrganization: `/* relationStore.stakesByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})-[:OWNS]->(n:Ownership) RETURN n ORDER BY n.objectId, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  membersByOrganization: `/* relationStore.membersByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})<-[:OF]-(n:Membership) RETURN n ORDER BY n.subjectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  foundersByOrganization: `/* relationStore.foundersByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})<-[:OF]-(n:Founding) RETURN n ORDER BY n.subjectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  subsidiariesByOrganization: `/* relationStore.subsidiariesByOrganization */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Organization {id: id})<-[:PARENT]-(n:Organization) RETURN n ORDER BY n.name, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  employmentsByPerson: `/* relationStore.employmentsByPerson */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Person {id: id})-[:EMPLOYED]->(n:Employment) RETURN n ORDER BY coalesce(n.current, false) DESC, coalesce(n.start, '') DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  membershipsByPerson: `/* relationStore.membershipsByPerson */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Person {id: id})-[:MEMBER]->(n:Membership) RETURN n ORDER BY n.objectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  hiresByPerson: `/* relationStore.hiresByPerson */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Person {id: id})-[:HIRED]->(n:Hire) RETURN n ORDER BY coalesce(n.date, '') DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  foundingsByPerson: `/* relationStore.foundingsByPerson */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Person {id: id})-[:FOUNDED]->(n:Founding) RETURN n ORDER BY n.objectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  participationsByProject: `/* relationStore.participationsByProject */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Project {id: id})<-[:IN]-(n:Participation) RETURN n ORDER BY n.subjectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  sitesByProject: `/* relationStore.sitesByProject */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Project {id: id})<-[:IN_PROJECT]-(n:Site) RETURN n ORDER BY n.megawatts IS NULL, n.megawatts DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  dealsByProject: `/* relationStore.dealsByProject */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Project {id: id})<-[:IN_PROJECT]-(n:Deal) RETURN n ORDER BY n.annualizedUsd IS NULL, n.annualizedUsd DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  offshootsByProject: `/* relationStore.offshootsByProject */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Project {id: id})<-[:PART_OF]-(n:Project) RETURN n ORDER BY n.name, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  partiesByDeal: `/* relationStore.partiesByDeal */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Deal {id: id})<-[:TO]-(n:DealParty) RETURN n ORDER BY n.role, n.subjectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  siteRolesBySite: `/* relationStore.siteRolesBySite */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Site {id: id})<-[:AT]-(n:SiteRole) WHERE $arg IS NULL OR n.role = $arg RETURN n ORDER BY n.subjectId LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  mentionsByEntity: `/* relationStore.mentionsByEntity */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Entity {id: id})<-[:MENTIONS]-(n:Article) RETURN n ORDER BY coalesce(n.publishedAt, '') DESC, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
  mentionsByArticle: `/* relationStore.mentionsByArticle */
    UNWIND $ids AS id
    CALL (id) { MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity) RETURN n ORDER BY n.type, n.name, n.id LIMIT $first }
    RETURN id, collect(n {.*}) AS rows`,
} as const;

export type RelationName = keyof typeof RELATIONS;

export function createRelationStore(db: Db) {
  return {
    /** Rows per id for one relation; ids without rows map to []. */
    async list(name: RelationName, ids: readonly string[], first: number, arg: unknown): Promise<Map<string, NodeRow[]>> {
      const records = await readQuery<{ id: string; rows: unknown[] }>(db, RELATIONS[name], { ids, first: int(first), arg: arg ?? null });
      return new Map(records.map((r) => [r.id, toNative(r.rows) as NodeRow[]]));
    },

    /** Every SUPPORTS and MENTIONS edge into each node, with its article; ranking the claims is the caller's job. */
    async supportsByNode(ids: readonly string[]): Promise<Map<string, SupportRow[]>> {
      const records = await readQuery<{ id: string; rows: unknown[] }>(
        db,
        `/* relationStore.supportsByNode */
         UNWIND $ids AS id
         OPTIONAL MATCH (:Node {id: id})<-[s:SUPPORTS|MENTIONS]-(a:Article)
         RETURN id, collect(CASE WHEN a IS NULL THEN null ELSE {via: type(s), quote: s.quote, note: s.note, claims: s.claims, article: a {.*}} END) AS rows`,
        { ids },
      );
      return new Map(
        records.map((r) => [
          r.id,
          (toNative(r.rows) as Array<Omit<SupportRow, 'claims'> & { claims: string }>).map((row) => ({ ...row, claims: JSON.parse(row.claims) as Record<string, unknown> })),
        ]),
      );
    },

    /** All hires into each organization, grouped by previous employer id ('' when unknown). */
    async talentSources(ids: readonly string[], since: string | null, fromId: string | null): Promise<Map<string, Array<{ fromId: string | null; hires: NodeRow[] }>>> {
      const records = await readQuery<{ id: string; groups: unknown[] }>(
        db,
        `/* relationStore.talentSources */
         UNWIND $ids AS id
         CALL (id) {
           MATCH (:Organization {id: id})<-[:BY]-(h:Hire)
           WHERE ($since IS NULL OR (h.date IS NOT NULL AND h.date >= $since)) AND ($fromId IS NULL OR h.fromId = $fromId)
           WITH h ORDER BY coalesce(h.date, '') DESC, h.id
           WITH h.fromId AS fromId, collect(h {.*}) AS hires
           RETURN fromId, hires ORDER BY size(hires) DESC, fromId IS NULL, fromId
         }
         RETURN id, collect({fromId: fromId, hires: hires}) AS groups`,
        { ids, since, fromId },
      );
      return new Map(records.map((r) => [r.id, toNative(r.groups)]));
    },

    /** Capacity figures of each project's sites (all of them, not a page), for totals. */
    async siteCapacitiesByProject(ids: readonly string[]): Promise<Map<string, Array<string | null>>> {
      const records = await readQuery<{ id: string; capacities: Array<string | null> }>(
        db,
        `/* relationStore.siteCapacitiesByProject */
         UNWIND $ids AS id
         OPTIONAL MATCH (:Project {id: id})<-[:IN_PROJECT]-(s:Site)
         RETURN id, collect(CASE WHEN s IS NULL THEN null ELSE coalesce(s.capacity, '') END) AS capacities`,
        { ids },
      );
      return new Map(records.map((r) => [r.id, r.capacities.map((c) => (c === '' ? null : c))]));
    },

    /** Organizations sharing a project or deal with each organization, with the shared ids. */
    async partnersByOrganization(ids: readonly string[], first: number): Promise<Map<string, Array<{ partnerId: string; via: string[] }>>> {
      const records = await readQuery<{ id: string; partners: unknown[] }>(
        db,
        `/* relationStore.partnersByOrganization */
         UNWIND $ids AS id
         CALL (id) {
           MATCH (o:Organization {id: id})-[:PARTICIPATES|PARTY]->(:Fact)-[:IN|TO]->(x:Project|Deal)<-[:IN|TO]-(:Fact)<-[:PARTICIPATES|PARTY]-(p:Organization)
           WHERE p <> o
           WITH p, collect(DISTINCT x.id) AS via
           RETURN p.id AS partnerId, via ORDER BY size(via) DESC, p.name, p.id LIMIT $first
         }
         RETURN id, collect({partnerId: partnerId, via: via}) AS partners`,
        { ids, first: int(first) },
      );
      return new Map(records.map((r) => [r.id, toNative(r.partners)]));
    },
  };
}

export type RelationStore = ReturnType<typeof createRelationStore>;
