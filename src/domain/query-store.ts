/**
 * Root-level reads: filtered pages, search, paths, capacity and stats. Each
 * page query returns its total and its slice in one round trip. Sort orders
 * are chosen by an allow-listed `$order` value inside static Cypher.
 */
import { readQuery, type Db } from '../neo4j/driver';
import { int, toNative } from '../neo4j/convert';
import type { SiteGroup } from './capacity';
import type { NodeRow } from './rows';

export interface Page {
  total: number;
  rows: NodeRow[];
}

export const DEAL_ORDERS = ['ANNUALIZED_USD_DESC', 'ANNUALIZED_USD_ASC', 'ANNOUNCED_DESC', 'NAME_ASC'] as const;
export type DealOrder = (typeof DEAL_ORDERS)[number];

export interface DealQuery {
  partyIds: string[] | null;
  role: string | null;
  kind: string | null;
  status: string | null;
  projectId: string | null;
  minAnnualizedUsd: number | null;
  maxAnnualizedUsd: number | null;
  order: DealOrder;
}

export interface PathRow {
  nodes: Array<{ id: string; type: string; fact: boolean; role?: string | null }>;
  rels: Array<{ type: string; startId: string }>;
}

/**
 * Deals with a value bound, by value: the range index on annualizedUsd selects
 * and orders them, so a page reads its own rows rather than every deal. The
 * count runs first and once (as a subquery after the page it would rerun per row).
 */
const VALUE_RANGE_STATEMENTS = {
  ANNUALIZED_USD_DESC: `/* queryStore.listDealsByValueDesc */
    CALL () {
      MATCH (n:Deal) WHERE n.annualizedUsd >= $min AND n.annualizedUsd <= $max AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)
      RETURN count(n) AS total
    }
    CALL () {
      MATCH (n:Deal) WHERE n.annualizedUsd >= $min AND n.annualizedUsd <= $max AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)
      WITH n ORDER BY n.annualizedUsd DESC, n.id SKIP $skip LIMIT $end - $skip
      RETURN collect(n {.*}) AS rows
    }
    RETURN total, rows`,
  ANNUALIZED_USD_ASC: `/* queryStore.listDealsByValueAsc */
    CALL () {
      MATCH (n:Deal) WHERE n.annualizedUsd >= $min AND n.annualizedUsd <= $max AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)
      RETURN count(n) AS total
    }
    CALL () {
      MATCH (n:Deal) WHERE n.annualizedUsd >= $min AND n.annualizedUsd <= $max AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)
      WITH n ORDER BY n.annualizedUsd ASC, n.id SKIP $skip LIMIT $end - $skip
      RETURN collect(n {.*}) AS rows
    }
    RETURN total, rows`,
} as const;

export const CAPACITY_GROUPS = ['PROJECT', 'COUNTRY', 'OPERATOR', 'STATUS'] as const;
export type CapacityGroupBy = (typeof CAPACITY_GROUPS)[number];

/** One statement per grouping, so each is a plain aggregation the planner need not branch on. */
const SITE_GROUP_STATEMENTS: Record<CapacityGroupBy, string> = {
  COUNTRY: `/* queryStore.siteGroupsByCountry */
    MATCH (s:Site) RETURN s.country AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
  STATUS: `/* queryStore.siteGroupsByStatus */
    MATCH (s:Site) RETURN s.status AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
  PROJECT: `/* queryStore.siteGroupsByProject */
    MATCH (s:Site) OPTIONAL MATCH (s)-[:IN_PROJECT]->(p:Project)
    RETURN p.name AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
  OPERATOR: `/* queryStore.siteGroupsByOperator */
    MATCH (s:Site) OPTIONAL MATCH (s)<-[:AT]-(:SiteRole {role: 'OPERATOR'})<-[:SITE_ROLE]-(o:Organization)
    RETURN o.name AS key, count(s) AS sites, collect(s.capacity) AS capacities`,
};

/**
 * Shortest paths by hop limit, the length bound written into each pattern: with the bound as a WHERE on the path,
 * Neo4j falls back to an exhaustive search whenever no path is short enough (100 ms instead of 14 on the seed corpus).
 */
const SHORTEST_PATHS: Record<number, string> = {
  1: `/* queryStore.shortestPaths1 */
    MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
    MATCH p = allShortestPaths((a)-[:EMPLOYED|AT|HIRED|BY|FROM|MEMBER|OF|FOUNDED|PARTICIPATES|IN|OWNS|PARTY|TO|SITE_ROLE|IN_PROJECT|PART_OF|PARENT*..2]-(b))
    WITH p LIMIT $first
    RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:Fact, role: n.role}] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels,
           [n IN nodes(p) WHERE n:Entity | n {.*}] AS entities`,
  2: `/* queryStore.shortestPaths2 */
    MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
    MATCH p = allShortestPaths((a)-[:EMPLOYED|AT|HIRED|BY|FROM|MEMBER|OF|FOUNDED|PARTICIPATES|IN|OWNS|PARTY|TO|SITE_ROLE|IN_PROJECT|PART_OF|PARENT*..4]-(b))
    WITH p LIMIT $first
    RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:Fact, role: n.role}] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels,
           [n IN nodes(p) WHERE n:Entity | n {.*}] AS entities`,
  3: `/* queryStore.shortestPaths3 */
    MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
    MATCH p = allShortestPaths((a)-[:EMPLOYED|AT|HIRED|BY|FROM|MEMBER|OF|FOUNDED|PARTICIPATES|IN|OWNS|PARTY|TO|SITE_ROLE|IN_PROJECT|PART_OF|PARENT*..6]-(b))
    WITH p LIMIT $first
    RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:Fact, role: n.role}] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels,
           [n IN nodes(p) WHERE n:Entity | n {.*}] AS entities`,
  4: `/* queryStore.shortestPaths4 */
    MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
    MATCH p = allShortestPaths((a)-[:EMPLOYED|AT|HIRED|BY|FROM|MEMBER|OF|FOUNDED|PARTICIPATES|IN|OWNS|PARTY|TO|SITE_ROLE|IN_PROJECT|PART_OF|PARENT*..8]-(b))
    WITH p LIMIT $first
    RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:Fact, role: n.role}] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels,
           [n IN nodes(p) WHERE n:Entity | n {.*}] AS entities`,
  5: `/* queryStore.shortestPaths5 */
    MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
    MATCH p = allShortestPaths((a)-[:EMPLOYED|AT|HIRED|BY|FROM|MEMBER|OF|FOUNDED|PARTICIPATES|IN|OWNS|PARTY|TO|SITE_ROLE|IN_PROJECT|PART_OF|PARENT*..10]-(b))
    WITH p LIMIT $first
    RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:Fact, role: n.role}] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels,
           [n IN nodes(p) WHERE n:Entity | n {.*}] AS entities`,
  6: `/* queryStore.shortestPaths6 */
    MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
    MATCH p = allShortestPaths((a)-[:EMPLOYED|AT|HIRED|BY|FROM|MEMBER|OF|FOUNDED|PARTICIPATES|IN|OWNS|PARTY|TO|SITE_ROLE|IN_PROJECT|PART_OF|PARENT*..12]-(b))
    WITH p LIMIT $first
    RETURN [n IN nodes(p) | {id: n.id, type: n.type, fact: n:Fact, role: n.role}] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id}] AS rels,
           [n IN nodes(p) WHERE n:Entity | n {.*}] AS entities`,
};

async function page(db: Db, cypher: string, params: Record<string, unknown>, skip: number, first: number): Promise<Page> {
  const [record] = await readQuery<{ total: unknown; rows: unknown[] }>(db, cypher, { ...params, skip: int(skip), end: int(skip + first) });
  return { total: toNative(record.total), rows: toNative(record.rows) };
}

export function createQueryStore(db: Db) {
  return {
    listOrganizations(filter: { kind: string | null; country: string | null; nameContains: string | null }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listOrganizations */
         MATCH (n:Organization)
         WHERE ($kind IS NULL OR n.kind = $kind) AND ($country IS NULL OR n.country = $country)
           AND ($contains IS NULL OR n.normName CONTAINS $contains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $contains))
         WITH n ORDER BY toLower(n.name), n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        { kind: filter.kind, country: filter.country, contains: filter.nameContains },
        skip,
        first,
      );
    },

    listPeople(filter: { nameContains: string | null; employerId: string | null; employerGiven: boolean }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listPeople */
         MATCH (n:Person)
         WHERE ($contains IS NULL OR n.normName CONTAINS $contains OR any(a IN n.aliases WHERE toLower(a) CONTAINS $contains))
           AND (NOT $employerGiven OR EXISTS { (n)-[:EMPLOYED]->(:Employment)-[:AT]->(:Organization {id: $employerId}) })
         WITH n ORDER BY toLower(n.name), n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        { contains: filter.nameContains, employerId: filter.employerId, employerGiven: filter.employerGiven },
        skip,
        first,
      );
    },

    listProjects(skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listProjects */
         MATCH (n:Project)
         WITH n ORDER BY toLower(n.name), n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        {},
        skip,
        first,
      );
    },

    listSites(filter: { country: string | null; status: string | null; projectId: string | null; organizationId: string | null; projectGiven: boolean; organizationGiven: boolean }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listSites */
         MATCH (n:Site)
         WHERE ($country IS NULL OR n.country = $country) AND ($status IS NULL OR n.status = $status)
           AND (NOT $projectGiven OR EXISTS { (n)-[:IN_PROJECT]->(:Project {id: $projectId}) })
           AND (NOT $organizationGiven OR EXISTS { (n)<-[:AT]-(:SiteRole)<-[:SITE_ROLE]-(:Organization {id: $organizationId}) })
         WITH n ORDER BY n.megawatts IS NULL, n.megawatts DESC, n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        filter,
        skip,
        first,
      );
    },

    listDeals(query: DealQuery, skip: number, first: number): Promise<Page> {
      const params = {
        partyIds: query.partyIds,
        role: query.role,
        kind: query.kind,
        status: query.status,
        projectId: query.projectId,
        min: query.minAnnualizedUsd,
        max: query.maxAnnualizedUsd,
        order: query.order,
      };
      const byValue = VALUE_RANGE_STATEMENTS[query.order as keyof typeof VALUE_RANGE_STATEMENTS];
      if (byValue && (query.minAnnualizedUsd !== null || query.maxAnnualizedUsd !== null) && query.partyIds === null && query.projectId === null) {
        // A value bound excludes deals without a value, so the range index can both select and order the page.
        return page(db, byValue, { ...params, min: query.minAnnualizedUsd ?? -Number.MAX_VALUE, max: query.maxAnnualizedUsd ?? Number.MAX_VALUE }, skip, first);
      }
      return page(
        db,
        `/* queryStore.listDeals */
         MATCH (n:Deal)
         WHERE ($partyIds IS NULL OR EXISTS { (n)<-[:TO]-(p:DealParty)<-[:PARTY]-(o:Organization) WHERE o.id IN $partyIds AND ($role IS NULL OR p.role = $role) })
           AND ($kind IS NULL OR n.kind = $kind) AND ($status IS NULL OR n.status = $status)
           AND ($projectId IS NULL OR EXISTS { (n)-[:IN_PROJECT]->(:Project {id: $projectId}) })
           AND ($min IS NULL OR n.annualizedUsd >= $min) AND ($max IS NULL OR n.annualizedUsd <= $max)
         WITH n ORDER BY
           CASE $order WHEN 'ANNUALIZED_USD_DESC' THEN n.annualizedUsd IS NULL WHEN 'ANNUALIZED_USD_ASC' THEN n.annualizedUsd IS NULL END,
           CASE $order WHEN 'ANNUALIZED_USD_DESC' THEN -n.annualizedUsd WHEN 'ANNUALIZED_USD_ASC' THEN n.annualizedUsd END,
           CASE $order WHEN 'ANNOUNCED_DESC' THEN coalesce(n.announced, '') END DESC,
           CASE $order WHEN 'NAME_ASC' THEN toLower(n.name) END,
           n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        params,
        skip,
        first,
      );
    },

    listArticles(filter: { language: string | null; publisher: string | null; reliability: string | null; mentionsId: string | null; mentionsGiven: boolean }, skip: number, first: number): Promise<Page> {
      return page(
        db,
        `/* queryStore.listArticles */
         MATCH (n:Article)
         WHERE ($language IS NULL OR n.language = $language) AND ($publisher IS NULL OR n.publisher = $publisher)
           AND ($reliability IS NULL OR n.reliability = $reliability)
           AND (NOT $mentionsGiven OR EXISTS { (n)-[:MENTIONS]->(:Entity {id: $mentionsId}) })
         WITH n ORDER BY n.publishedAt IS NULL, n.publishedAt DESC, n.id
         WITH collect(n) AS items
         RETURN size(items) AS total, [item IN items[$skip..$end] | item {.*}] AS rows`,
        filter,
        skip,
        first,
      );
    },

    /** Full-text hits, best first; `query` must already be a safe Lucene query. */
    async search(query: string, first: number): Promise<NodeRow[]> {
      const records = await readQuery<{ row: unknown }>(
        db,
        `/* queryStore.search */
         CALL db.index.fulltext.queryNodes('search', $query, {limit: $first}) YIELD node, score
         RETURN node {.*} AS row ORDER BY score DESC, node.id`,
        { query, first: int(first) },
      );
      return records.map((r) => toNative(r.row));
    },

    /**
     * Shortest paths between two entities over fact nodes and reference links, at most `maxHops` steps long (two
     * relationships per fact step, one per reference), with the entities on them.
     */
    async shortestPaths(fromId: string, toId: string, maxHops: number, first: number): Promise<{ paths: PathRow[]; entities: NodeRow[] }> {
      const statement = SHORTEST_PATHS[maxHops];
      if (!statement) throw new RangeError(`maxHops must be 1 to ${Object.keys(SHORTEST_PATHS).length}`);
      const records = await readQuery<{ nodes: unknown; rels: unknown; entities: unknown }>(db, statement, { fromId, toId, first: int(first) });
      return {
        paths: records.map((r) => ({ nodes: toNative(r.nodes), rels: toNative(r.rels) })),
        entities: records.flatMap((r) => toNative(r.entities) as NodeRow[]),
      };
    },

    /** Sites grouped by `groupBy`, with the stored capacity of each site that has one; a site with several operators is in each group. */
    async siteGroups(groupBy: CapacityGroupBy): Promise<SiteGroup[]> {
      const records = await readQuery<{ key: string | null; sites: unknown; capacities: string[] }>(db, SITE_GROUP_STATEMENTS[groupBy]);
      return records.map((r) => ({ key: r.key, sites: toNative(r.sites), capacities: r.capacities }));
    },

    async stats(): Promise<{ labels: Array<{ label: string; count: number }>; nodes: number; relationships: number }> {
      const [record] = await readQuery<{ labels: unknown; nodes: unknown; relationships: unknown }>(
        db,
        `/* queryStore.stats */
         CALL { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS count ORDER BY count DESC, label RETURN collect({label: label, count: count}) AS labels }
         CALL { MATCH (n) RETURN count(n) AS nodes }
         CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
         RETURN labels, nodes, relationships`,
      );
      return { labels: toNative(record.labels), nodes: toNative(record.nodes), relationships: toNative(record.relationships) };
    },
  };
}

export type QueryStore = ReturnType<typeof createQueryStore>;
