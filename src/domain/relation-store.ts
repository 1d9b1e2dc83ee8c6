/**
 * One-hop (one logical link) reads for DataLoader batches. Each statement
 * takes a batch of ids and returns, per id, at most `$first` rows in a stable
 * order, so one batch is one round trip whatever the number of parents.
 */
import { readQuery, type Db } from '../neo4j/driver';
import { int, toNative } from '../neo4j/convert';
import type { NodeRow, SupportRow } from './rows';

/** How many hires an organization made from one previous employer (`fromId` null: unknown). */
export interface TalentCount {
  fromId: string | null;
  count: number;
  from: NodeRow | null;
}

/** The newest hires from one previous employer, and the people hired (ids in order, nodes in any order). */
export interface TalentHires {
  hires: NodeRow[];
  personIds: string[];
  people: NodeRow[];
}

/**
 * The statements, by loader name: each takes a batch of `$ids` and returns per
 * id at most `$first` rows in a stable order. `$arg` is the optional filter of
 * the field (a party role, `current`); null means no filter. Each also returns
 * the parent node itself, and a statement whose rows are facts returns, as
 * `ends`, each fact's far endpoint (the person of a hire listed under its
 * organization, the organization of a deal party). The loader primes both: an
 * entity looked up by id together with its relations costs one round trip, and
 * following a fact costs none. An id with no node of the label has no record.
 */
export const RELATIONS = {
  hiresByOrganization: `/* relationStore.hiresByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:BY]-(n:Hire) WITH n ORDER BY coalesce(n.date, '') DESC, n.id LIMIT $first
      RETURN n, COLLECT { MATCH (o:Person)-[:HIRED]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  departuresByOrganization: `/* relationStore.departuresByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:FROM]-(n:Hire) WITH n ORDER BY coalesce(n.date, '') DESC, n.id LIMIT $first
      RETURN n, COLLECT { MATCH (o:Person)-[:HIRED]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  employmentsByOrganization: `/* relationStore.employmentsByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:AT]-(n:Employment) WHERE $arg IS NULL OR coalesce(n.current, false) = $arg WITH n ORDER BY coalesce(n.start, '') DESC, n.id LIMIT $first
      RETURN n, COLLECT { MATCH (o:Person)-[:EMPLOYED]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  participationsByOrganization: `/* relationStore.participationsByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)-[:PARTICIPATES]->(n:Participation) WITH n ORDER BY n.objectId LIMIT $first
      RETURN n, COLLECT { MATCH (n)-[:IN]->(o:Project) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  dealsByOrganization: `/* relationStore.dealsByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) { MATCH (parent)-[:PARTY]->(p:DealParty)-[:TO]->(n:Deal) WHERE $arg IS NULL OR p.role = $arg RETURN n ORDER BY n.annualizedUsd IS NULL, n.annualizedUsd DESC, n.id LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`,
  siteRolesByOrganization: `/* relationStore.siteRolesByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)-[:SITE_ROLE]->(n:SiteRole) WITH n ORDER BY n.objectId, n.role LIMIT $first
      RETURN n, COLLECT { MATCH (n)-[:AT]->(o:Site) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  stakesByOrganization: `/* relationStore.stakesByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)-[:OWNS]->(n:Ownership) WITH n ORDER BY n.objectId, n.id LIMIT $first
      RETURN n, COLLECT { MATCH (n)-[:OF]->(o:Entity) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  membersByOrganization: `/* relationStore.membersByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:OF]-(n:Membership) WITH n ORDER BY n.subjectId LIMIT $first
      RETURN n, COLLECT { MATCH (o:Person)-[:MEMBER]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  foundersByOrganization: `/* relationStore.foundersByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:OF]-(n:Founding) WITH n ORDER BY n.subjectId LIMIT $first
      RETURN n, COLLECT { MATCH (o:Person)-[:FOUNDED]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  subsidiariesByOrganization: `/* relationStore.subsidiariesByOrganization */
    UNWIND $ids AS id
    MATCH (parent:Organization {id: id})
    OPTIONAL CALL (parent) { MATCH (parent)<-[:PARENT]-(n:Organization) RETURN n ORDER BY n.name, n.id LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`,
  employmentsByPerson: `/* relationStore.employmentsByPerson */
    UNWIND $ids AS id
    MATCH (parent:Person {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)-[:EMPLOYED]->(n:Employment) WITH n ORDER BY coalesce(n.current, false) DESC, coalesce(n.start, '') DESC, n.id LIMIT $first
      RETURN n, COLLECT { MATCH (n)-[:AT]->(o:Organization) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  membershipsByPerson: `/* relationStore.membershipsByPerson */
    UNWIND $ids AS id
    MATCH (parent:Person {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)-[:MEMBER]->(n:Membership) WITH n ORDER BY n.objectId LIMIT $first
      RETURN n, COLLECT { MATCH (n)-[:OF]->(o:Organization) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  hiresByPerson: `/* relationStore.hiresByPerson */
    UNWIND $ids AS id
    MATCH (parent:Person {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)-[:HIRED]->(n:Hire) WITH n ORDER BY coalesce(n.date, '') DESC, n.id LIMIT $first
      RETURN n, COLLECT { MATCH (n)-[:BY]->(o:Organization) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  foundingsByPerson: `/* relationStore.foundingsByPerson */
    UNWIND $ids AS id
    MATCH (parent:Person {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)-[:FOUNDED]->(n:Founding) WITH n ORDER BY n.objectId LIMIT $first
      RETURN n, COLLECT { MATCH (n)-[:OF]->(o:Organization) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  participationsByProject: `/* relationStore.participationsByProject */
    UNWIND $ids AS id
    MATCH (parent:Project {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:IN]-(n:Participation) WITH n ORDER BY n.subjectId LIMIT $first
      RETURN n, COLLECT { MATCH (o:Organization)-[:PARTICIPATES]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  sitesByProject: `/* relationStore.sitesByProject */
    UNWIND $ids AS id
    MATCH (parent:Project {id: id})
    OPTIONAL CALL (parent) { MATCH (parent)<-[:IN_PROJECT]-(n:Site) RETURN n ORDER BY n.megawatts IS NULL, n.megawatts DESC, n.id LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`,
  dealsByProject: `/* relationStore.dealsByProject */
    UNWIND $ids AS id
    MATCH (parent:Project {id: id})
    OPTIONAL CALL (parent) { MATCH (parent)<-[:IN_PROJECT]-(n:Deal) RETURN n ORDER BY n.annualizedUsd IS NULL, n.annualizedUsd DESC, n.id LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`,
  offshootsByProject: `/* relationStore.offshootsByProject */
    UNWIND $ids AS id
    MATCH (parent:Project {id: id})
    OPTIONAL CALL (parent) { MATCH (parent)<-[:PART_OF]-(n:Project) RETURN n ORDER BY n.name, n.id LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`,
  partiesByDeal: `/* relationStore.partiesByDeal */
    UNWIND $ids AS id
    MATCH (parent:Deal {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:TO]-(n:DealParty) WITH n ORDER BY n.role, n.subjectId LIMIT $first
      RETURN n, COLLECT { MATCH (o:Organization)-[:PARTY]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  siteRolesBySite: `/* relationStore.siteRolesBySite */
    UNWIND $ids AS id
    MATCH (parent:Site {id: id})
    OPTIONAL CALL (parent) {
      MATCH (parent)<-[:AT]-(n:SiteRole) WHERE $arg IS NULL OR n.role = $arg WITH n ORDER BY n.subjectId LIMIT $first
      RETURN n, COLLECT { MATCH (o:Organization)-[:SITE_ROLE]->(n) RETURN o {.*} } AS other
    }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, collect(other) AS ends`,
  mentionsByEntity: `/* relationStore.mentionsByEntity */
    UNWIND $ids AS id
    MATCH (parent:Entity {id: id})
    OPTIONAL CALL (parent) { MATCH (parent)<-[:MENTIONS]-(n:Article) RETURN n ORDER BY coalesce(n.publishedAt, '') DESC, n.id LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`,
  mentionsByArticle: `/* relationStore.mentionsByArticle */
    UNWIND $ids AS id
    MATCH (parent:Article {id: id})
    OPTIONAL CALL (parent) { MATCH (parent)-[:MENTIONS]->(n:Entity) RETURN n ORDER BY n.type, n.name, n.id LIMIT $first }
    RETURN id, parent {.*} AS parent, collect(n {.*}) AS rows, [] AS ends`,
} as const;

export type RelationName = keyof typeof RELATIONS;

export function createRelationStore(db: Db) {
  return {
    /** Rows per id for one relation (ids without rows map to []), with the parents found and the far endpoints of fact rows. */
    async list(name: RelationName, ids: readonly string[], first: number, arg: unknown): Promise<{ rows: Map<string, NodeRow[]>; nodes: NodeRow[] }> {
      const records = await readQuery<{ id: string; parent: unknown; rows: unknown[]; ends: unknown[] }>(db, RELATIONS[name], { ids, first: int(first), arg: arg ?? null });
      return {
        rows: new Map(records.map((r) => [r.id, toNative(r.rows) as NodeRow[]])),
        nodes: records.flatMap((r) => [toNative(r.parent) as NodeRow, ...(toNative(r.ends) as NodeRow[][]).flat()]),
      };
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

    /** Hires into each organization counted by previous employer (null when unknown), with the employer; the `first` largest groups. */
    async talentCounts(ids: readonly string[], since: string | null, fromId: string | null, first: number): Promise<Map<string, TalentCount[]>> {
      const records = await readQuery<{ id: string; groups: unknown[] }>(
        db,
        `/* relationStore.talentCounts */
         UNWIND $ids AS id
         CALL (id) {
           MATCH (:Organization {id: id})<-[:BY]-(h:Hire)
           WHERE ($since IS NULL OR (h.date IS NOT NULL AND h.date >= $since)) AND ($fromId IS NULL OR h.fromId = $fromId)
           WITH h.fromId AS fromId, count(h) AS count ORDER BY count DESC, fromId IS NULL, fromId LIMIT $first
           OPTIONAL MATCH (f:Organization {id: fromId})
           RETURN fromId, count, f {.*} AS from
         }
         RETURN id, collect({fromId: fromId, count: count, from: from}) AS groups`,
        { ids, since, fromId, first: int(first) },
      );
      return new Map(records.map((r) => [r.id, toNative(r.groups)]));
    },

    /**
     * Per organization and previous employer ('' when unknown): the newest `cap` hires, and the ids of the first `cap`
     * distinct people hired (newest hire first) with those people's nodes.
     */
    async talentHires(ids: readonly string[], since: string | null, fromId: string | null, cap: number): Promise<Map<string, Map<string, TalentHires>>> {
      const records = await readQuery<{ id: string; groups: Array<{ fromId: string | null; hires: unknown[]; personIds: string[]; people: unknown[] }> }>(
        db,
        `/* relationStore.talentHires */
         UNWIND $ids AS id
         CALL (id) {
           MATCH (:Organization {id: id})<-[:BY]-(h:Hire)
           WHERE ($since IS NULL OR (h.date IS NOT NULL AND h.date >= $since)) AND ($fromId IS NULL OR h.fromId = $fromId)
           WITH h ORDER BY coalesce(h.date, '') DESC, h.id
           WITH h.fromId AS fromId, collect(h)[..$cap] AS hires, collect(DISTINCT h.subjectId)[..$cap] AS personIds
           RETURN fromId, [x IN hires | x {.*}] AS hires, personIds, COLLECT { MATCH (p:Person) WHERE p.id IN personIds RETURN p {.*} } AS people
         }
         RETURN id, collect({fromId: fromId, hires: hires, personIds: personIds, people: people}) AS groups`,
        { ids, since, fromId, cap: int(cap) },
      );
      return new Map(
        records.map((r) => [r.id, new Map(r.groups.map((g) => [g.fromId ?? '', { hires: toNative(g.hires) as NodeRow[], personIds: g.personIds, people: toNative(g.people) as NodeRow[] }]))]),
      );
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
